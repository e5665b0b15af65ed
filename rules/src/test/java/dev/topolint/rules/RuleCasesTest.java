package dev.topolint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.topolint.DescriptorException;
import dev.topolint.Finding;
import dev.topolint.Linter;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every rule folder: a case fails on a missing finding, an extra one, a wrong target or a
 * wrong line of the rule under test. Other rules' findings in the same descriptor are not its business.
 */
class RuleCasesTest {

    private static final Linter LINTER = Linter.withBuiltInRules();

    @TestFactory
    Stream<DynamicNode> everyRuleCase() {
        return RuleFolder.all().stream().map(rule -> DynamicContainer.dynamicContainer(rule.id(), cases(rule)));
    }

    private static Stream<DynamicTest> cases(RuleFolder rule) {
        if (!Files.isRegularFile(rule.cases())) {
            return Stream.of(DynamicTest.dynamicTest("cases.yaml", () -> fail(rule.cases() + " is missing")));
        }
        return RuleCase.read(rule).stream().map(ruleCase -> DynamicTest.dynamicTest(ruleCase.name(),
                rule.cases().toUri(), () -> check(ruleCase)));
    }

    private static void check(RuleCase ruleCase) throws DescriptorException {
        List<String> actual = LINTER.check("case.yaml", ruleCase.descriptor()).stream()
                .filter(finding -> finding.ruleId().equals(ruleCase.rule().id()))
                .map(RuleCasesTest::key)
                .sorted()
                .toList();
        assertEquals(ruleCase.expected().stream().sorted().toList(), actual,
                () -> ruleCase.rule().id() + " / " + ruleCase.name());
    }

    private static String key(Finding finding) {
        return RuleCase.key(finding.target(), finding.region().startLine());
    }
}
