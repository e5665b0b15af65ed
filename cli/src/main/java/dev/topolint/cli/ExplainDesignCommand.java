package dev.topolint.cli;

import dev.topolint.InputPathException;
import dev.topolint.Linter;
import dev.topolint.Report;
import dev.topolint.render.DesignTextRenderer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code topolint explain-design}: the design summary of each descriptor, and its issues by category. */
@Command(name = "explain-design",
        description = "Explains each descriptor's design: the request path, what each element is for, how load"
                + " is spread, how each tier is made redundant, how the database serves the applications, and"
                + " the issues found, by category.")
final class ExplainDesignCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DescriptorPaths descriptors;

    @Override
    public Integer call() throws InputPathException {
        Report report = Linter.withBuiltInRules().summarisingDesigns().check(descriptors.paths());
        PrintWriter err = spec.commandLine().getErr();
        report.problems().forEach(problem -> err.println(problem.describe()));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(new DesignTextRenderer().render(report));
        out.flush();
        return report.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.INVALID_DESCRIPTOR.code();
    }
}
