package dev.topolint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.topolint.DescriptorException;
import dev.topolint.facts.TopologyFacts;
import dev.topolint.internal.engine.RaisedFinding;
import dev.topolint.internal.engine.RuleEngine;
import dev.topolint.internal.load.DescriptorLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

/**
 * The DRL files are the source of truth and the CLI runs the executable model compiled from them at build time:
 * the two must agree. Every rule case is run through the precompiled model and through a rule base compiled from
 * the DRL sources now, and both must raise the same findings.
 */
class PrecompiledModelTest {

    private static final ClassLoader CLASSES = PrecompiledModelTest.class.getClassLoader();
    private static final RuleEngine PRECOMPILED = RuleEngine.fromClasspath(CLASSES);
    private static final RuleEngine FROM_DRL = RuleEngine.of(drlRuleBase(), CLASSES);

    private static KieBase drlRuleBase() {
        KieHelper helper = new KieHelper();
        RuleFolder.all().forEach(rule -> helper.addResource(
                ResourceFactory.newFileResource(rule.drl().toFile()), ResourceType.DRL));
        return helper.build();
    }

    @Test
    void bothHaveTheSameCatalogue() {
        assertFalse(PRECOMPILED.rules().isEmpty());
        assertEquals(PRECOMPILED.rules(), FROM_DRL.rules());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseRaisesTheSameFindings() {
        return RuleFolder.all().stream().flatMap(rule -> RuleCase.read(rule).stream())
                .map(ruleCase -> DynamicTest.dynamicTest(ruleCase.rule().id() + " / " + ruleCase.name(),
                        () -> compare(ruleCase)));
    }

    private static void compare(RuleCase ruleCase) throws DescriptorException {
        List<Object> facts = TopologyFacts.derive(
                new DescriptorLoader().load("case.yaml", ruleCase.descriptor()).descriptor());
        assertEquals(describe(FROM_DRL.evaluate(facts)), describe(PRECOMPILED.evaluate(facts)));
    }

    private static List<String> describe(List<RaisedFinding> raised) {
        return raised.stream().map(finding -> finding.rule().id() + " " + finding.target() + " " + finding.path()
                + " " + finding.message()).sorted().toList();
    }
}
