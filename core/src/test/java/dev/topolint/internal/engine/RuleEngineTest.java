package dev.topolint.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topolint.RuleInfo;
import dev.topolint.Severity;
import dev.topolint.model.Firewall;
import dev.topolint.model.Host;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.DSL;
import org.drools.model.PatternDSL;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

class RuleEngineTest {

    private static final Map<String, Object> COMPLETE = Map.of("id", "no-firewall", "title", "A host has no firewall",
            "severity", "high", "category", "security", "since", "0.1.0", "cwe", "284");

    private static Rule rule(Map<String, Object> metadata) {
        return (Rule) Proxy.newProxyInstance(Rule.class.getClassLoader(), new Class<?>[] {Rule.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMetaData" -> metadata;
                    case "getName" -> "a rule";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Map<String, Object> without(String key) {
        Map<String, Object> metadata = new HashMap<>(COMPLETE);
        metadata.remove(key);
        return metadata;
    }

    @Test
    void readsTheCatalogueEntryFromTheRuleHeader() {
        RuleInfo info = RuleEngine.describe(rule(COMPLETE), getClass().getClassLoader());

        assertEquals(new RuleInfo("no-firewall", "A host has no firewall", Severity.HIGH, "security", "0.1.0",
                List.of("CWE-284"), ""), info);
    }

    @Test
    void refusesARuleWithoutAnId() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> RuleEngine.describe(rule(without("id")), getClass().getClassLoader()));
        assertEquals("rule 'a rule' has no @id metadata", error.getMessage());
    }

    @Test
    void refusesARuleWithoutASeverityOrWithAnUnknownOne() {
        assertThrows(IllegalStateException.class,
                () -> RuleEngine.describe(rule(without("severity")), getClass().getClassLoader()));
        Map<String, Object> unknown = new HashMap<>(COMPLETE);
        unknown.put("severity", "urgent");
        assertThrows(IllegalArgumentException.class,
                () -> RuleEngine.describe(rule(unknown), getClass().getClassLoader()));
    }

    @Test
    void refusesARuleWithoutSince() {
        assertThrows(IllegalStateException.class,
                () -> RuleEngine.describe(rule(without("since")), getClass().getClassLoader()));
    }

    /** An engine with one rule, which matches every fact of the given type and does nothing. */
    private RuleEngine engineMatching(Class<?> type) {
        org.drools.model.impl.RuleBuilder rule = PatternDSL.rule("matches");
        COMPLETE.forEach(rule::metadata);
        return RuleEngine.of(KieBaseBuilder.createKieBaseFromModel(new ModelImpl().addRule(rule.build(
                PatternDSL.pattern(DSL.declarationOf(type)), DSL.execute(() -> { })))), getClass().getClassLoader());
    }

    @Test
    void insertsOnlyFactsOfATypeThatSomeRuleMatches() {
        RuleEngine hosts = engineMatching(Host.class);
        assertTrue(hosts.matchesFactsOf(Host.class));
        assertFalse(hosts.matchesFactsOf(Firewall.class));

        assertTrue(engineMatching(Object.class).matchesFactsOf(Firewall.class));
    }
}
