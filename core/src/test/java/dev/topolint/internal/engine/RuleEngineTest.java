package dev.topolint.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.topolint.RuleInfo;
import dev.topolint.Severity;
import dev.topolint.model.Firewall;
import dev.topolint.model.FirewallType;
import dev.topolint.model.Host;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.DSL;
import org.drools.model.PatternDSL;
import org.drools.model.RuleItemBuilder;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

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

    /** A rule base with one rule, which does nothing with the facts its patterns match. */
    private static KieBase ruleBase(PatternDSL.PatternDef<?> pattern, PatternDSL.PatternDef<?>... more) {
        org.drools.model.impl.RuleBuilder rule = PatternDSL.rule("matches");
        COMPLETE.forEach(rule::metadata);
        List<RuleItemBuilder<?>> items = new ArrayList<>(List.of(pattern));
        items.addAll(List.of(more));
        items.add(DSL.execute(() -> { }));
        return KieBaseBuilder.createKieBaseFromModel(new ModelImpl().addRule(
                rule.build(items.toArray(RuleItemBuilder[]::new))));
    }

    /** Which of the facts a session of the rule base takes. */
    private List<Object> admitted(KieBase kieBase, Object... facts) {
        RuleEngine engine = RuleEngine.of(kieBase, getClass().getClassLoader());
        KieSession session = kieBase.newKieSession();
        try {
            return Arrays.stream(facts).filter(fact -> engine.admits(fact, session)).toList();
        } finally {
            session.dispose();
        }
    }

    private static final Host DATABASE = host("db-01", ServiceType.DB);
    private static final Host WEB = host("web-01", ServiceType.WEB);
    private static final Firewall FIREWALL = new Firewall("/firewalls/0", "fw", FirewallType.NETWORK, List.of(),
            List.of());

    private static Host host(String id, ServiceType type) {
        return new Host("/hosts/0", id, null, "10.0.0.1", null, List.of(new Service("/hosts/0/services/0",
                id + "/service", id, type, null, List.of(), List.of(), null, List.of())));
    }

    @Test
    void takesOnlyFactsOfATypeThatSomeRuleMatches() {
        assertEquals(List.of(DATABASE, WEB), admitted(ruleBase(PatternDSL.pattern(DSL.declarationOf(Host.class))),
                DATABASE, WEB, FIREWALL));
        assertEquals(List.of(DATABASE, FIREWALL),
                admitted(ruleBase(PatternDSL.pattern(DSL.declarationOf(Object.class))), DATABASE, FIREWALL));
    }

    @Test
    void takesOnlyFactsThatPassAConditionTheRulesTestOnThemAlone() {
        PatternDSL.PatternDef<Host> databases = PatternDSL.pattern(DSL.declarationOf(Host.class))
                .expr("runs a database", host -> host.runs(ServiceType.DB));

        assertEquals(List.of(DATABASE), admitted(ruleBase(databases), DATABASE, WEB));
    }

    @Test
    void takesEveryFactThatARuleJoins() {
        org.drools.model.Variable<Firewall> firewall = DSL.declarationOf(Firewall.class);
        PatternDSL.PatternDef<Host> joined = PatternDSL.pattern(DSL.declarationOf(Host.class))
                .expr("protected", firewall, (host, by) -> by.protects().contains(host.id()));

        assertEquals(List.of(DATABASE, WEB, FIREWALL),
                admitted(ruleBase(PatternDSL.pattern(firewall), joined), DATABASE, WEB, FIREWALL));
    }
}
