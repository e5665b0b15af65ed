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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * The Drools side of topolint: one KieBase, built from the executable model that the rules artifact compiled
 * at build time, and a fresh session per descriptor.
 */
public final class RuleEngine {

    /** Written by the kie-maven-plugin into the rules artifact; its last line names the generated model class. */
    static final String MODEL_RESOURCE = "META-INF/kie/dev.topolint/topolint-rules/drools-model";

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    /** The types the rules match, as the rule network's entry nodes know them. */
    private final Set<ObjectType> matched;
    /** Whether some rule matches facts of a class, asked once per class. */
    private final Map<Class<?>, Boolean> matches = new ConcurrentHashMap<>();

    private RuleEngine(KieBase kieBase, Map<String, RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.matched = ((InternalRuleBase) kieBase).getRete().getEntryPointNodes().values().stream()
                .map(EntryPointNode::getObjectTypeNodes).flatMap(nodes -> nodes.keySet().stream())
                .collect(Collectors.toUnmodifiableSet());
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

    /**
     * Whether some rule matches facts of this class. A fact of any other would only cost a fact handle in the
     * session: on a large estate, hundreds of thousands of them.
     */
    boolean matchesFactsOf(Class<?> type) {
        return matches.computeIfAbsent(type,
                added -> matched.stream().anyMatch(objectType -> objectType.isAssignableFrom(added)));
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
                if (matchesFactsOf(fact.getClass())) {
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
