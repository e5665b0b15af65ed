package dev.topolint.cli;

import dev.topolint.Baseline;
import dev.topolint.DescriptorException;
import dev.topolint.InputPathException;
import dev.topolint.Linter;
import dev.topolint.Report;
import dev.topolint.config.Configuration;
import dev.topolint.render.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code topolint check}: options in, one core call, the report out, an exit code back. */
@Command(name = "check", sortOptions = false,
        description = "Checks topology descriptors against the rule catalogue.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DescriptorPaths descriptors;

    @Mixin
    private ReportOptions reportOptions;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only the findings that the baseline FILE, written by 'topolint baseline', does not"
                    + " hold.")
    private Path baseline;

    @Option(names = "--summary",
            description = "Text report: start with a summary of each descriptor's design, as explain-design gives it."
                    + " The Markdown report always has it.")
    private boolean summary;

    @Mixin
    private JudgementOptions judgement;

    @Override
    public Integer call() throws InputPathException, IOException, DescriptorException {
        try (ReportOutputs outputs = reportOptions.open(spec.commandLine())) {
            Baseline accepted = baseline == null ? null : Baseline.read(baseline);
            Configuration configuration = judgement.configuration(descriptors.paths());
            Linter linter = judgement.linter(configuration);
            boolean designs = summary || outputs.includes(Format.MARKDOWN);
            Report report = (designs ? linter.summarisingDesigns() : linter).check(descriptors.paths());
            PrintWriter err = spec.commandLine().getErr();
            report.problems().forEach(problem -> err.println(problem.describe()));
            if (accepted != null) {
                Baseline.Comparison comparison = accepted.compare(report.findings());
                report = report.withFindings(comparison.introduced());
                err.println("topolint: " + comparison.describe());
            }
            err.flush();
            outputs.write(report, summary, spec.commandLine().getOut());
            return ExitCode.of(report, reportOptions.threshold(configuration)).code();
        }
    }
}
