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
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.model.FileSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Checks the module's topology descriptors against the topolint rule catalogue, writes the reports, and fails
 * the build on an invalid descriptor or on findings at or above {@code failOnSeverity}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

    /** The classifier of the attached reports. */
    static final String CLASSIFIER = "topolint";

    /**
     * The descriptors to check, as a file set: {@code directory}, {@code includes} and {@code excludes}. Without
     * a directory it is {@code src/main/topology}; without includes, every {@code **}{@code /*.yaml},
     * {@code **}{@code /*.yml} and {@code **}{@code /*.json} file in it. Each file it selects is read as a
     * descriptor, so one that is not a valid descriptor fails the build.
     */
    @Parameter
    private FileSet descriptors;

    /** More descriptor files, checked besides the file set: a comma-separated list on the command line. */
    @Parameter(property = "topolint.descriptorFiles")
    private List<File> descriptorFiles;

    /**
     * The report formats to write, one file each in {@code outputDirectory}: {@code sarif}
     * ({@code topolint.sarif}), {@code json} ({@code topolint.json}), {@code text} ({@code topolint.txt}),
     * {@code markdown} ({@code topolint.md}).
     */
    @Parameter(property = "topolint.formats", defaultValue = "sarif,text")
    private List<String> formats;

    /** Where the reports are written. */
    @Parameter(property = "topolint.outputDirectory", defaultValue = "${project.build.directory}/topolint")
    private File outputDirectory;

    /**
     * The least severity that counts as a violation: {@code critical}, {@code high}, {@code medium}, {@code low}
     * or {@code info}. Findings below it are logged as warnings and never fail the build. Default: the
     * {@code fail_on} of the configuration file, else {@code high}.
     */
    @Parameter(property = "topolint.failOnSeverity")
    private String failOnSeverity;

    /**
     * The configuration file: rules switched off or re-rated, the failure threshold, accepted findings. Default:
     * {@code .topolint.yaml} in the module's directory or the nearest folder above it, up to the repository's root.
     */
    @Parameter(property = "topolint.configFile")
    private File configFile;

    /**
     * Whether {@code # topolint:ignore} comments are ignored and reported: findings are accepted only in the
     * configuration file.
     */
    @Parameter(property = "topolint.disallowInlineSuppressions", defaultValue = "false")
    private boolean disallowInlineSuppressions;

    /** A baseline written by {@code topolint baseline}: only the findings it does not hold are reported. */
    @Parameter(property = "topolint.baseline")
    private File baseline;

    /**
     * A git revision, such as {@code origin/main}, to compare each descriptor with, for a pull-request build that
     * fails only on what a change introduces: only the findings introduced since that revision count towards the
     * threshold, and the reports list those introduced and those resolved. A descriptor the revision does not hold
     * is new, and so are all its findings.
     */
    @Parameter(property = "topolint.diffBase")
    private String diffBase;

    /** Whether violations fail the build; when false they are logged as warnings. */
    @Parameter(property = "topolint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** How many violations the build tolerates before it fails. */
    @Parameter(property = "topolint.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Whether a module without any descriptor fails the build; when false it gets a warning. */
    @Parameter(property = "topolint.failIfNoDescriptors", defaultValue = "false")
    private boolean failIfNoDescriptors;

    /**
     * Whether the reports are attached to the module as artifacts with the classifier {@code topolint} and the
     * report's extension as type, so that {@code install} and {@code deploy} publish them.
     */
    @Parameter(property = "topolint.attach", defaultValue = "false")
    private boolean attach;

    /** Skips the check. */
    @Parameter(property = "topolint.skip", defaultValue = "false")
    private boolean skip;

    /** The module being built: its directory, and where the reports are attached. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    private final MavenProjectHelper projectHelper;

    @Inject
    public CheckMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping topolint");
            return;
        }
        List<Format> reportFormats = ParameterValues.formats(formats);
        WorkingDirectory workingDirectory = WorkingDirectory.current();
        Path basedir = project.getBasedir().toPath();
        List<Path> files = DescriptorSelection.select(basedir, descriptors, descriptorFiles, workingDirectory);
        if (files.isEmpty()) {
            String message = "No topology descriptor found in "
                    + workingDirectory.name(DescriptorSelection.directory(basedir, descriptors));
            if (failIfNoDescriptors) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message);
            return;
        }
        Configuration configuration = configuration(basedir);
        Severity threshold = configuration.threshold(
                failOnSeverity == null ? null : ParameterValues.severity(failOnSeverity));
        Report report = check(files, reportFormats, configuration);
        if (baseline != null) {
            Baseline.Comparison comparison = readBaseline().compare(report.findings());
            report = report.withFindings(comparison.introduced());
            getLog().info(comparison.describe());
        }
        Map<Format, Path> reports = write(report, reportFormats);
        Verdict verdict = Verdict.of(report, threshold, failOnViolation, maxAllowedViolations);
        CheckLog.write(getLog(), report, verdict);
        if (verdict.failsTheBuild()) {
            throw new MojoFailureException(verdict.failure(
                    reports.values().stream().map(workingDirectory::name).toList()));
        }
    }

    /**
     * The check, or the diff since {@code diffBase}. The Markdown report of a check opens with a summary of each
     * design, which the linter writes only when asked.
     */
    private Report check(List<Path> files, List<Format> reportFormats, Configuration configuration)
            throws MojoFailureException {
        try {
            Linter linter = Linter.withBuiltInRules().configuredBy(configuration);
            if (disallowInlineSuppressions) {
                linter = linter.disallowingInlineSuppressions();
            }
            if (diffBase != null) {
                return linter.diff(changesSinceBase(files));
            }
            return (reportFormats.contains(Format.MARKDOWN) ? linter.summarisingDesigns() : linter).check(files);
        } catch (InputPathException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (DescriptorException e) {
            throw invalid(e);
        }
    }

    /** Each descriptor as it is, and as it was at {@code diffBase}, if it was there. */
    private List<DescriptorChange> changesSinceBase(List<Path> files) throws InputPathException {
        List<DescriptorChange> changes = new ArrayList<>();
        for (Path file : files) {
            DescriptorVersion before = GitRevisions.read(diffBase, file)
                    .map(content -> DescriptorVersion.of(GitRevisions.name(diffBase, file), content)).orElse(null);
            changes.add(new DescriptorChange(before, DescriptorVersion.of(file)));
        }
        return changes;
    }

    private Configuration configuration(Path basedir) throws MojoFailureException {
        try {
            return ConfigurationFiles.forRun(configFile == null ? null : configFile.toPath(), List.of(basedir));
        } catch (InputPathException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (DescriptorException e) {
            throw invalid(e);
        }
    }

    private Baseline readBaseline() throws MojoFailureException {
        try {
            return Baseline.read(baseline.toPath());
        } catch (InputPathException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (DescriptorException e) {
            throw invalid(e);
        }
    }

    /** A configuration or baseline that cannot be used: every problem at its position, no stack trace. */
    private static MojoFailureException invalid(DescriptorException e) {
        return new MojoFailureException(e.problems().stream().map(Problem::describe)
                .collect(Collectors.joining(System.lineSeparator())));
    }

    private Map<Format, Path> write(Report report, List<Format> reportFormats) throws MojoExecutionException {
        Map<Format, Path> reports;
        try {
            reports = ReportFiles.write(report, reportFormats, outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the topolint reports to " + outputDirectory + ": " + e, e);
        }
        if (attach) {
            reports.forEach((format, file) ->
                    projectHelper.attachArtifact(project, ReportFiles.extension(format), CLASSIFIER, file.toFile()));
        }
        return reports;
    }
}
