package dev.topolint.cli;

import dev.topolint.DescriptorChange;
import dev.topolint.DescriptorException;
import dev.topolint.DescriptorVersion;
import dev.topolint.GitRevisions;
import dev.topolint.InputPathException;
import dev.topolint.Report;
import dev.topolint.config.Configuration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code topolint diff}: the findings a change to a descriptor introduces and those it resolves. */
@Command(name = "diff", sortOptions = false,
        description = "Lists the findings a change to a descriptor introduces and those it resolves.")
final class DiffCommand implements Callable<Integer> {

    private static final String VERSION = " A file, or REV:PATH for PATH at a git revision, e.g."
            + " origin/main:infra/topology.yaml; a file of that name wins.";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The descriptor before the change." + VERSION)
    private String old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The descriptor after the change." + VERSION)
    private String current;

    @Mixin
    private ReportOptions reportOptions;

    @Mixin
    private JudgementOptions judgement;

    @Override
    public Integer call() throws InputPathException, IOException, DescriptorException {
        try (ReportOutputs outputs = reportOptions.open(spec.commandLine())) {
            DescriptorVersion before = version(old);
            DescriptorVersion after = version(current);
            // Both versions are judged by the configuration of the descriptor as it is now.
            Configuration configuration = judgement.configuration(List.of(workingTreePath(current)));
            Report report = judgement.linter(configuration).diff(List.of(new DescriptorChange(before, after)));
            PrintWriter err = spec.commandLine().getErr();
            report.problems().forEach(problem -> err.println(problem.describe()));
            err.flush();
            outputs.write(report, false, spec.commandLine().getOut());
            return ExitCode.of(report, reportOptions.threshold(configuration)).code();
        }
    }

    /**
     * A file that exists, else {@code REV:PATH} read from git.
     *
     * @throws InputPathException when it is neither
     */
    private static DescriptorVersion version(String argument) throws InputPathException {
        if (isFile(argument)) {
            return DescriptorVersion.of(Path.of(argument));
        }
        int colon = argument.indexOf(':');
        if (colon <= 0 || colon == argument.length() - 1) {
            throw new InputPathException(argument + ": no such file, and not a REV:PATH such as "
                    + "origin/main:" + argument);
        }
        String revision = argument.substring(0, colon);
        Path path = Path.of(argument.substring(colon + 1));
        byte[] content = GitRevisions.read(revision, path).orElseThrow(() -> new InputPathException(
                GitRevisions.name(revision, path) + ": no such file at revision " + revision));
        return DescriptorVersion.of(GitRevisions.name(revision, path), content);
    }

    /** Where the configuration of a version is looked for: the file, or PATH of REV:PATH. */
    private static Path workingTreePath(String argument) {
        int colon = argument.indexOf(':');
        return isFile(argument) || colon < 0 ? Path.of(argument) : Path.of(argument.substring(colon + 1));
    }

    private static boolean isFile(String argument) {
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException e) {
            // A colon is no character of a file name on every platform.
            return false;
        }
    }
}
