package dev.topolint.cli;

import dev.topolint.ReportFile;
import dev.topolint.Severity;
import dev.topolint.Topolint;
import dev.topolint.config.Configuration;
import dev.topolint.render.Format;
import dev.topolint.render.RenderSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which reports a command writes, where, and how severe a finding must be to fail the run. */
final class ReportOptions {

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

    /** The least severity that fails the run: {@code --fail-on}, else the configuration's. */
    Severity threshold(Configuration configuration) {
        return configuration.threshold(failOn);
    }

    /**
     * Checks the reports asked for (one without a file at most, no file named twice) and reserves their files,
     * before any work is done, so that an output that cannot be written stops the run at once.
     *
     * @throws ParameterException when the reports asked for cannot all be written
     * @throws IOException naming a file that cannot be written
     */
    ReportOutputs open(CommandLine commandLine) throws IOException {
        List<ReportTarget> reports = targets == null ? List.of(new ReportTarget(Format.TEXT, null)) : targets;
        if (reports.stream().filter(target -> target.file() == null).count() > 1) {
            throw new ParameterException(commandLine, "only one --format can go to "
                    + (output == null ? "standard output" : "--output") + "; give the others a file, e.g. "
                    + "--format sarif=topolint.sarif");
        }
        Set<Path> files = new HashSet<>();
        for (ReportTarget target : reports) {
            Path file = file(target);
            if (file != null && !files.add(file.toAbsolutePath().normalize())) {
                throw new ParameterException(commandLine, "two reports would be written to " + file);
            }
        }
        Map<ReportTarget, ReportFile> reserved = new LinkedHashMap<>();
        try {
            for (ReportTarget target : reports) {
                if (file(target) != null) {
                    reserved.put(target, ReportFile.create(file(target)));
                }
            }
        } catch (IOException e) {
            reserved.values().forEach(ReportFile::close);
            throw e;
        }
        return new ReportOutputs(reports, reserved,
                new RenderSettings(Topolint.version(), category, ruleDocsUrl, false, quiet, showSuppressed));
    }

    private Path file(ReportTarget target) {
        return target.file() != null ? target.file() : output;
    }
}
