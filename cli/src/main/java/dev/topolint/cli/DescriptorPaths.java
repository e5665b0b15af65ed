package dev.topolint.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The descriptors a command reads, given the same way to every command that reads them. */
final class DescriptorPaths {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Descriptor files, or directories to search for *.yaml, *.yml and *.json descriptors.")
    private List<Path> paths;

    List<Path> paths() {
        return paths;
    }
}
