package dev.topolint.cli;

import dev.topolint.Linter;
import dev.topolint.RuleInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code topolint rules}: the catalogue, one rule a line, in columns. */
@Command(name = "rules", description = "Lists the rules topolint runs: id, severity, category and title, by id.")
final class RulesCommand implements Callable<Integer> {

    /** Between columns: enough to tell them apart, and still one line on a narrow terminal. */
    private static final int GAP = 2;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(table(Linter.withBuiltInRules().rules()));
        out.flush();
        return ExitCode.OK.code();
    }

    /** The rules in the given order, with id, severity and category padded to their widest value. */
    static String table(List<RuleInfo> rules) {
        List<Function<RuleInfo, String>> padded = List.of(RuleInfo::id, rule -> rule.severity().label(),
                RuleInfo::category);
        StringBuilder table = new StringBuilder();
        for (RuleInfo rule : rules) {
            for (Function<RuleInfo, String> column : padded) {
                String value = column.apply(rule);
                table.append(value).append(" ".repeat(width(rules, column) - value.length() + GAP));
            }
            table.append(rule.title()).append('\n');
        }
        return table.toString();
    }

    private static int width(List<RuleInfo> rules, Function<RuleInfo, String> column) {
        return rules.stream().map(column).mapToInt(String::length).max().orElse(0);
    }
}
