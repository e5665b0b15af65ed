package dev.topolint.cli;

import dev.topolint.Linter;
import dev.topolint.RuleInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code topolint explain RULE}: a rule's documentation page. */
@Command(name = "explain", description = "Prints a rule's page: why it matters, when it fires and how to fix it.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, as 'topolint rules' lists them.")
    private String ruleId;

    @Override
    public Integer call() {
        List<RuleInfo> rules = Linter.withBuiltInRules().rules();
        RuleInfo rule = rules.stream().filter(candidate -> candidate.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown rule '" + ruleId
                        + "'; 'topolint rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.print(rule.documentation());
        out.flush();
        return ExitCode.OK.code();
    }
}
