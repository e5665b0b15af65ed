package dev.topolint.maven;

import dev.topolint.Baseline;
import dev.topolint.ConfigurationFiles;
import dev.topolint.DescriptorChange;
import dev.topolint.DescriptorException;
import dev.topolint.DescriptorVersion;
import dev.topolint.GitRevisions;
import dev.topolint.InputPathException;
import dev.topolint.Linter;
import dev.topolint.Problem;
import dev.topolint.Report;
import dev.topolint.Severity;
import dev.topolint.config.Configuration;
import dev.topolint.render.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The goal's check, free of Maven's types so that it runs alike in Maven's JVM and in one of its own: reads the
 * configuration, checks or diffs the descriptors, writes the reports and judges the result.
 */
final class CheckRun {

    private final CheckRequest request;
    private final List<Outcome.Logged> log = new ArrayList<>();

    private CheckRun(CheckRequest request) {
        this.request = request;
    }

    static Outcome run(CheckRequest request) {
        return new CheckRun(request).run();
    }

    private Outcome run() {
        List<Outcome.Written> written = new ArrayList<>();
        try {
            List<Format> reportFormats = ParameterValues.formats(request.formats());
            Severity configured = request.failOnSeverity() == null ? null
                    : ParameterValues.severity(request.failOnSeverity());
            Configuration configuration = configuration();
            Severity threshold = configuration.threshold(configured);
            Report report = check(reportFormats, configuration);
            if (request.baseline() != null) {
                Baseline.Comparison comparison = readBaseline().compare(report.findings());
                report = report.withFindings(comparison.introduced());
                log(Outcome.Level.INFO, comparison.describe());
            }
            Map<Format, Path> reports = write(report, reportFormats);
            reports.forEach((format, file) ->
                    written.add(new Outcome.Written(ReportFiles.extension(format), file.toString())));
            Verdict verdict = Verdict.of(report, threshold, request.failOnViolation(),
                    request.maxAllowedViolations());
            CheckLog.write(this::log, report, verdict);
            if (verdict.failsTheBuild()) {
                WorkingDirectory workingDirectory = WorkingDirectory.current();
                throw StopException.failure(verdict.failure(
                        reports.values().stream().map(workingDirectory::name).toList()));
            }
            return new Outcome(log, written, null);
        } catch (StopException e) {
            return new Outcome(log, written, e.stop());
        }
    }

    private void log(Outcome.Level level, CharSequence line) {
        log.add(new Outcome.Logged(level, line.toString()));
    }

    private List<Path> files() {
        return request.files().stream().map(Path::of).toList();
    }

    /**
     * The check, or the diff since {@code diffBase}. The Markdown report of a check opens with a summary of each
     * design, which the linter writes only when asked.
     */
    private Report check(List<Format> reportFormats, Configuration configuration) throws StopException {
        return read(() -> {
            Linter linter = Linter.withBuiltInRules().configuredBy(configuration);
            if (request.disallowInlineSuppressions()) {
                linter = linter.disallowingInlineSuppressions();
            }
            if (request.diffBase() != null) {
                return linter.diff(changesSinceBase());
            }
            return (reportFormats.contains(Format.MARKDOWN) ? linter.summarisingDesigns() : linter).check(files());
        });
    }

    /** Each descriptor as it is, and as it was at {@code diffBase}, if it was there. */
    private List<DescriptorChange> changesSinceBase() throws InputPathException {
        String base = request.diffBase();
        List<DescriptorChange> changes = new ArrayList<>();
        for (Path file : files()) {
            DescriptorVersion before = GitRevisions.read(base, file)
                    .map(content -> DescriptorVersion.of(GitRevisions.name(base, file), content)).orElse(null);
            changes.add(new DescriptorChange(before, DescriptorVersion.of(file)));
        }
        return changes;
    }

    private Configuration configuration() throws StopException {
        return read(() -> ConfigurationFiles.forRun(
                request.configFile() == null ? null : Path.of(request.configFile()),
                List.of(Path.of(request.basedir()))));
    }

    private Baseline readBaseline() throws StopException {
        return read(() -> Baseline.read(Path.of(request.baseline())));
    }

    /** Reading the user's files: the configuration, the baseline, the descriptors. */
    private interface Reading<T> {
        T read() throws InputPathException, DescriptorException;
    }

    /**
     * What a reading gives, or the failure of the project it stops the build with: a path that does not exist in one
     * line, a file that cannot be used with every problem at its position, and no stack trace.
     */
    private static <T> T read(Reading<T> reading) throws StopException {
        try {
            return reading.read();
        } catch (InputPathException e) {
            throw StopException.failure(e.getMessage());
        } catch (DescriptorException e) {
            throw StopException.failure(e.problems().stream().map(Problem::describe)
                    .collect(Collectors.joining(System.lineSeparator())));
        }
    }

    private Map<Format, Path> write(Report report, List<Format> reportFormats) throws StopException {
        try {
            return ReportFiles.write(report, reportFormats, Path.of(request.outputDirectory()));
        } catch (IOException e) {
            throw StopException.error("Cannot write the topolint reports to " + request.outputDirectory() + ": " + e,
                    e);
        }
    }
}
