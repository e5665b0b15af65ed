package dev.topolint.internal.engine;

import dev.topolint.RuleInfo;
import dev.topolint.Severity;
import dev.topolint.rule.FindingSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The Drools side of topolint: one KieBase, built from the executable model that the rules artifact compiled
 * at build time, and a fresh session per descriptor.
 */
public final class RuleEngine {

    /** Written by the kie-maven-plugin into the rules artifact; its last line names the generated model class. */
    static final String MODEL_RESOURCE = "META-INF/kie/dev.topolint/topolint-rules/drools-model";

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    /** The rule network's entry nodes, one for each type the rules match. */
    private final List<ObjectTypeNode> entryNodes;
    /** How the facts of each class are admitted into a session, worked out once per class. */
    private final Map<Class<?>, Admission> admissions = new ConcurrentHashMap<>();

    private RuleEngine(KieBase kieBase, Map<String, RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.entryNodes = ((InternalRuleBase) kieBase).getRete().getEntryPointNodes().values().stream()
                .flatMap(entryPoint -> entryPoint.getObjectTypeNodes().values().stream()).toList();
    }

    /**
     * Which facts of a class go into a session. A fact of a class that no rule matches would only cost a fact
     * handle: on a large estate, hundreds of thousands of them. Nor would a fact that fails every condition the
     * rules test on its class's facts one by one, the rule network's alpha nodes, before any join: it goes no
     * further than its entry node. The rules test most of a large estate's request hops and listeners that way, for
     * the few that are plaintext after TLS ends or that are a database's.
     *
     * @param always whether every fact of the class goes in: some rule joins or tests it as it comes
     * @param tests the alpha conditions, of which a fact must pass one, when not every fact goes in
     */
    private record Admission(boolean always, List<AlphaNodeFieldConstraint> tests) {

        boolean admits(Object fact, ValueResolver session) {
            if (always || tests.isEmpty()) {
                return always;
            }
            FactHandle probe = new DefaultFactHandle(fact);
            return tests.stream().anyMatch(test -> test.isAllowed(probe, session));
        }
    }

    private Admission admission(Class<?> type) {
        return admissions.computeIfAbsent(type, added -> {
            boolean always = false;
            List<AlphaNodeFieldConstraint> tests = new ArrayList<>();
            for (ObjectTypeNode node : entryNodes) {
                if (node.getObjectType().isAssignableFrom(added)) {
                    for (ObjectSink sink : node.getObjectSinkPropagator().getSinks()) {
                        if (sink instanceof AlphaNode alpha) {
                            tests.add(alpha.getConstraint());
                        } else {
                            always = true;
                        }
                    }
                }
            }
            return new Admission(always, List.copyOf(tests));
        });
    }

    /**
     * The engine with the rules found on the class path.
     *
     * @throws IllegalStateException when no compiled rules are there or a rule's metadata is unusable
     */
    public static RuleEngine fromClasspath(ClassLoader loader) {
        return of(KieBaseBuilder.createKieBaseFromModel(model(loader)), loader);
    }

    /**
     * The engine over a rule base built elsewhere, such as one compiled from the DRL sources at run time to compare
     * with the precompiled model.
     *
     * @param loader where the rules' documentation pages are found
     * @throws IllegalStateException when a rule's metadata is unusable
     */
    public static RuleEngine of(KieBase kieBase, ClassLoader loader) {
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleInfo info = describe(rule, loader);
                RuleInfo previous = rules.putIfAbsent(info.id(), info);
                if (previous != null && !previous.equals(info)) {
                    throw new IllegalStateException("rules with id '" + info.id() + "' disagree on their metadata");
                }
            }
        }
        return new RuleEngine(kieBase, rules);
    }

    private static Model model(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no compiled topolint rules on the class path (" + MODEL_RESOURCE + ")");
            }
            List<String> lines = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::trim).filter(line -> !line.isEmpty()).toList();
            return (Model) loader.loadClass(lines.get(lines.size() - 1)).getDeclaredConstructor().newInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the compiled rule model", e);
        }
    }

    static RuleInfo describe(Rule rule, ClassLoader loader) {
        Map<String, Object> meta = rule.getMetaData();
        String id = required(rule, meta, "id");
        String category = required(rule, meta, "category");
        List<String> tags = meta.containsKey("cwe") ? List.of("CWE-" + meta.get("cwe")) : List.of();
        return new RuleInfo(id, required(rule, meta, "title"), Severity.parse(required(rule, meta, "severity")),
                category, required(rule, meta, "since"), tags, documentation(loader, category, id));
    }

    private static String required(Rule rule, Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        return value.toString();
    }

    /** The rule's documentation page, shipped beside its DRL as {@code rules/<category>/<id>/README.md}. */
    static String documentation(ClassLoader loader, String category, String id) {
        try (InputStream in = loader.getResourceAsStream("rules/" + category + "/" + id + "/README.md")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a session of this engine's rule base takes the fact; see {@link Admission}. */
    boolean admits(Object fact, KieSession session) {
        return admission(fact.getClass()).admits(fact, (ValueResolver) session);
    }

    /** The catalogue, sorted by id. */
    public List<RuleInfo> rules() {
        return List.copyOf(rules.values());
    }

    /** Runs every rule over the facts of one descriptor. */
    public List<RaisedFinding> evaluate(List<Object> facts) {
        FindingSink sink = new FindingSink();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal(FindingSink.GLOBAL, sink);
            for (Object fact : facts) {
                if (admits(fact, session)) {
                    session.insert(fact);
                }
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        List<RaisedFinding> raised = new ArrayList<>();
        for (FindingSink.Raised finding : sink.raised()) {
            raised.add(new RaisedFinding(rules.get(finding.ruleId()), finding.target(), finding.path(),
                    finding.message(), finding.related(), finding.flow()));
        }
        raised.sort(Comparator.comparing(RaisedFinding::path).thenComparing(RaisedFinding::target));
        return raised;
    }
}
