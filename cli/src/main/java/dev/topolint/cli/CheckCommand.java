package dev.topolint.cli;

import dev.topolint.InputPathException;
import dev.topolint.Linter;
import dev.topolint.Report;
import dev.topolint.Severity;
import dev.topolint.Topolint;
import dev.topolint.render.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code topolint check}: options in, one core call, the report out, an exit code back. */
@Command(name = "check", sortOptions = false,
        description = "Checks topology descriptors against the rule catalogue.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Descriptor files, or directories to search for *.yaml, *.yml and *.json descriptors.")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json or sarif. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit with 1 when a finding is this severe or more: critical, high, medium, low or info."
                    + " Default: ${DEFAULT-VALUE}.")
    private Severity failOn;

    @Override
    public Integer call() throws InputPathException, IOException {
        // Reserved first: an output that cannot be written is known before any work is done.
        try (ReportFile reportFile = output == null ? null : ReportFile.create(output)) {
            Report report = Linter.withBuiltInRules().check(paths);
            PrintWriter err = spec.commandLine().getErr();
            report.problems().forEach(problem -> err.println(problem.describe()));
            err.flush();
            String rendered = format.renderer(Topolint.version()).render(report);
            if (reportFile == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(rendered);
                out.flush();
            } else {
                reportFile.commit(rendered);
            }
            return ExitCode.of(report, failOn).code();
        }
    }
}
