package dev.topolint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topolint.Linter;
import dev.topolint.RuleInfo;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule is complete: metadata, documentation, and cases that cut both ways; no id is used twice. */
class RuleCatalogueTest {

    private static final Map<String, RuleInfo> CATALOGUE = Linter.withBuiltInRules().rules().stream()
            .collect(Collectors.toMap(RuleInfo::id, Function.identity()));

    @Test
    void everyCompiledRuleHasItsFolderAndEveryFolderItsRule() {
        List<String> folders = RuleFolder.all().stream().map(RuleFolder::id).sorted().toList();
        assertEquals(folders.stream().distinct().toList(), folders, "two rule folders share an id");
        assertEquals(folders, CATALOGUE.keySet().stream().sorted().toList());
    }

    @TestFactory
    Stream<DynamicTest> everyRuleIsComplete() {
        return RuleFolder.all().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            assertTrue(Files.isRegularFile(rule.drl()), "rule.drl");
            assertTrue(Files.isRegularFile(rule.documentation()), "README.md");
            RuleInfo info = CATALOGUE.get(rule.id());
            assertEquals(rule.category(), info.category(), "@category matches the folder");
            assertFalse(info.since().isBlank(), "@since");
            assertFalse(info.title().isBlank(), "@title");
            assertEquals(Files.readString(rule.documentation()), info.documentation(), "documentation is shipped");
            List<RuleCase> cases = RuleCase.read(rule);
            assertTrue(cases.stream().anyMatch(c -> !c.expected().isEmpty()), "a case where the rule fires");
            assertTrue(cases.stream().anyMatch(c -> c.expected().isEmpty()), "a case where it must not fire");
        }));
    }
}
