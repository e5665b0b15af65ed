package dev.topolint.maven;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.slf4j.LoggerFactory;

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

    /**
     * Whether the check runs in a JVM of its own, started as the command line starts one, rather than in Maven's.
     * It then maps its classes from a class-data archive kept in {@code classArchiveDirectory}, rather than load
     * and compile them in Maven's JVM, and adds less time to a build; the first check with a JDK, or with a new
     * version of the plugin, records that archive. The JVM is the one running Maven, without Maven's options.
     */
    @Parameter(property = "topolint.fork", defaultValue = "true")
    private boolean fork;

    /** Where a forked check keeps its class-data archive: one file of some 20 MB for each JDK. */
    @Parameter(property = "topolint.classArchiveDirectory", defaultValue = "${user.home}/.cache/topolint")
    private File classArchiveDirectory;

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
        CheckRequest request = new CheckRequest(basedir.toString(), files.stream().map(Path::toString).toList(),
                formats == null ? List.of() : formats, outputDirectory.toString(), failOnSeverity,
                path(configFile), disallowInlineSuppressions, path(baseline), diffBase, failOnViolation,
                maxAllowedViolations);
        ForkedCheck forkedCheck = forkedCheck();
        Outcome outcome;
        try {
            outcome = forkedCheck != null ? forkedCheck.run(request) : CheckRun.run(request);
        } catch (StopException e) {
            outcome = new Outcome(List.of(), List.of(), e.stop());
        }
        finish(outcome);
    }

    /** Logs the outcome, attaches the reports, and stops the build if the check says so. */
    private void finish(Outcome outcome) throws MojoExecutionException, MojoFailureException {
        for (Outcome.Logged logged : outcome.log()) {
            switch (logged.level()) {
                case INFO -> getLog().info(logged.line());
                case WARNING -> getLog().warn(logged.line());
                case ERROR -> getLog().error(logged.line());
            }
        }
        if (attach) {
            outcome.reports().forEach(report ->
                    projectHelper.attachArtifact(project, report.extension(), CLASSIFIER, new File(report.file())));
        }
        Outcome.Stop stop = outcome.stop();
        if (stop != null && stop.failure()) {
            throw new MojoFailureException(stop.message());
        }
        if (stop != null) {
            throw new MojoExecutionException(stop.message());
        }
    }

    private static String path(File file) {
        return file == null ? null : file.toString();
    }

    /**
     * The JVM a check forks, or none when the check runs in Maven's own: when so configured, or when the plugin's
     * class loader does not say which jars it reads.
     */
    private ForkedCheck forkedCheck() {
        if (!fork || !(getClass().getClassLoader() instanceof URLClassLoader plugin)) {
            return null;
        }
        // SLF4J's API is Maven's, lent to the plugin and left out of its jars.
        List<URL> urls = new ArrayList<>(List.of(plugin.getURLs()));
        urls.add(LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation());
        List<Path> classpath = new ArrayList<>();
        for (URL url : urls) {
            try {
                Path entry = Path.of(url.toURI());
                if (!classpath.contains(entry)) {
                    classpath.add(entry);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                getLog().debug("Checking in Maven's JVM: the plugin's class path holds " + url);
                return null;
            }
        }
        return new ForkedCheck(classpath, classArchiveDirectory == null ? null : classArchiveDirectory.toPath());
    }
}
