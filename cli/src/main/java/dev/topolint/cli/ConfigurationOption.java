package dev.topolint.cli;

import dev.topolint.ConfigurationFiles;
import dev.topolint.DescriptorException;
import dev.topolint.InputPathException;
import dev.topolint.config.Configuration;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --config}: the configuration a command judges by, named or found the same way for every command. */
final class ConfigurationOption {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file. Default: " + ConfigurationFiles.NAME + " beside the first PATH or"
                    + " in the nearest folder above it, up to the repository's root.")
    private Path file;

    /** The configuration for a run over these paths. */
    Configuration read(List<Path> paths) throws InputPathException, DescriptorException {
        return ConfigurationFiles.forRun(file, paths);
    }
}
