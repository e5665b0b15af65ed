package dev.topolint.cli;

import dev.topolint.Baseline;
import dev.topolint.DescriptorException;
import dev.topolint.InputPathException;
import dev.topolint.Linter;
import dev.topolint.Report;
import dev.topolint.Severity;
import dev.topolint.Topolint;
import dev.topolint.config.Configuration;
import dev.topolint.render.Format;
import dev.topolint.render.RenderSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code topolint check}: options in, one core call, the report out, an exit code back. */
@Command(name = "check", sortOptions = false,
        description = "Checks topology descriptors against the rule catalogue.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DescriptorPaths descriptors;

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]",
            description = "Report format, repeatable: text, json, sarif or markdown, each optionally with its own file,"
                    + " e.g. --format sarif=build/topolint.sarif --format markdown=build/topolint.md."
                    + " A format without a file goes to --output or standard output. Default: text.")
    private List<ReportTarget> targets;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report of the format given without a file to FILE instead of standard output.")
    private Path output;

    @Option(names = "--category", paramLabel = "CATEGORY",
            description = "The SARIF run's category (runAutomationDetails.id), which keeps the alerts of separate"
                    + " analyses apart in GitHub code scanning, e.g. topology/production.")
    private String category;

    @Option(names = "--rule-docs-url", paramLabel = "URL", defaultValue = RenderSettings.RULE_DOCS_URL,
            description = "Address of a rule's documentation page in SARIF and Markdown reports; {category} and {id}"
                    + " stand for the rule's. Default: the rule pages published with topolint.")
    private String ruleDocsUrl;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only the findings that the baseline FILE, written by 'topolint baseline', does not"
                    + " hold.")
    private Path baseline;

    @Option(names = "--summary",
            description = "Text report: start with a summary of each descriptor's design, as explain-design gives it."
                    + " The Markdown report always has it.")
    private boolean summary;

    @Option(names = "--show-suppressed",
            description = "Text report: list the suppressed findings too, each with why it is accepted.")
    private boolean showSuppressed;

    @Option(names = {"-q", "--quiet"},
            description = "Text report: print the findings only, without the summary line.")
    private boolean quiet;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 on a finding this severe or more: critical, high, medium, low, info."
                    + " Default: fail_on of the configuration, else high.")
    private Severity failOn;

    @Mixin
    private ConfigurationOption configurationOption;

    @Option(names = "--disallow-inline-suppressions",
            description = "Ignore topolint:ignore comments, and report each: findings are accepted only in the"
                    + " configuration file.")
    private boolean disallowInlineSuppressions;

    @Override
    public Integer call() throws InputPathException, IOException, DescriptorException {
        List<ReportTarget> reports = reports();
        Baseline accepted = baseline == null ? null : Baseline.read(baseline);
        Configuration configuration = configurationOption.read(descriptors.paths());
        // Reserved first: an output that cannot be written is known before any work is done.
        Map<ReportTarget, ReportFile> files = new LinkedHashMap<>();
        try {
            for (ReportTarget target : reports) {
                Path file = target.file() != null ? target.file() : output;
                if (file != null) {
                    files.put(target, ReportFile.create(file));
                }
            }
            return check(reports, accepted, configuration, files);
        } finally {
            files.values().forEach(ReportFile::close);
        }
    }

    private int check(List<ReportTarget> reports, Baseline accepted, Configuration configuration,
                      Map<ReportTarget, ReportFile> files) throws InputPathException, IOException, DescriptorException {
        Linter linter = Linter.withBuiltInRules().configuredBy(configuration);
        if (disallowInlineSuppressions) {
            linter = linter.disallowingInlineSuppressions();
        }
        boolean markdown = reports.stream().anyMatch(target -> target.format() == Format.MARKDOWN);
        Report report = (summary || markdown ? linter.summarisingDesigns() : linter).check(descriptors.paths());
        PrintWriter err = spec.commandLine().getErr();
        report.problems().forEach(problem -> err.println(problem.describe()));
        if (accepted != null) {
            Baseline.Comparison comparison = accepted.compare(report.findings());
            report = report.withFindings(comparison.introduced());
            err.println("topolint: " + comparison.describe());
        }
        err.flush();
        boolean colour = Terminal.colour(System.console() != null, System.getenv());
        // Every report is rendered before any is written: a failure leaves no mix of old and new reports.
        Map<ReportTarget, String> rendered = new LinkedHashMap<>();
        for (ReportTarget target : reports) {
            boolean printed = !files.containsKey(target);
            RenderSettings settings = new RenderSettings(Topolint.version(), category, ruleDocsUrl,
                    printed && colour, quiet, showSuppressed);
            boolean design = summary || target.format() != Format.TEXT;
            rendered.put(target, target.format().renderer(settings).render(design ? report : report.withoutDesigns()));
        }
        String printed = null;
        for (Map.Entry<ReportTarget, String> entry : rendered.entrySet()) {
            ReportFile file = files.get(entry.getKey());
            if (file == null) {
                printed = entry.getValue();
            } else {
                file.commit(entry.getValue());
            }
        }
        if (printed != null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(printed);
            out.flush();
        }
        return ExitCode.of(report, configuration.threshold(failOn)).code();
    }

    /** The reports to write, checked before the run: one without a file at most, and no file named twice. */
    private List<ReportTarget> reports() {
        List<ReportTarget> reports = targets == null ? List.of(new ReportTarget(Format.TEXT, null)) : targets;
        if (reports.stream().filter(target -> target.file() == null).count() > 1) {
            throw new ParameterException(spec.commandLine(), "only one --format can go to "
                    + (output == null ? "standard output" : "--output") + "; give the others a file, e.g. "
                    + "--format sarif=topolint.sarif");
        }
        Set<Path> files = new HashSet<>();
        for (ReportTarget target : reports) {
            Path file = target.file() != null ? target.file() : output;
            if (file != null && !files.add(file.toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), "two reports would be written to " + file);
            }
        }
        return reports;
    }
}
