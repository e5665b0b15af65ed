package dev.topolint.cli;

import dev.topolint.Baseline;
import dev.topolint.DescriptorException;
import dev.topolint.InputPathException;
import dev.topolint.Linter;
import dev.topolint.Report;
import dev.topolint.ReportFile;
import dev.topolint.config.Configuration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code topolint baseline}: records today's findings, so that {@code check --baseline} reports only new ones. */
@Command(name = "baseline",
        description = "Records the findings of the descriptors by fingerprint, for check --baseline to leave out.")
final class BaselineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DescriptorPaths descriptors;

    @Mixin
    private ConfigurationOption configurationOption;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "topolint-baseline.json",
            description = "The baseline file to write. Default: ${DEFAULT-VALUE}.")
    private Path output;

    @Override
    public Integer call() throws InputPathException, IOException, DescriptorException {
        // The run is judged as check judges it, so that what it records is what check would report.
        Configuration configuration = configurationOption.read(descriptors.paths());
        // Reserved first: a baseline that cannot be written is known before any work is done.
        try (ReportFile file = ReportFile.create(output)) {
            return record(file, configuration);
        }
    }

    private int record(ReportFile file, Configuration configuration)
            throws InputPathException, IOException, DescriptorException {
        Report report = Linter.withBuiltInRules().configuredBy(configuration).check(descriptors.paths());
        PrintWriter err = spec.commandLine().getErr();
        if (!report.problems().isEmpty()) {
            // A descriptor that cannot be read has unknown findings: a baseline without them would be wrong.
            report.problems().forEach(problem -> err.println(problem.describe()));
            err.println("topolint: no baseline written, since a descriptor could not be checked");
            err.flush();
            return ExitCode.INVALID_DESCRIPTOR.code();
        }
        file.commit(Baseline.of(report).toJson());
        err.println("topolint: " + report.findings().size() + " findings recorded in " + output);
        err.flush();
        return ExitCode.OK.code();
    }
}
