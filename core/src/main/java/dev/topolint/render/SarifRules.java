package dev.topolint.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topolint.RuleInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The SARIF driver's rule catalogue: one {@code reportingDescriptor} per rule id, sorted by id. */
final class SarifRules {

    /** Rules whose results GitHub code scanning ranks with a {@code security-severity} score. */
    private static final String SECURITY = "security";
    /** GitHub code scanning reads no more tags than this from a rule. */
    static final int MAX_TAGS = 10;

    private final List<RuleInfo> rules;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final RenderSettings settings;

    SarifRules(List<RuleInfo> rules, RenderSettings settings) {
        this.settings = settings;
        Map<String, RuleInfo> byId = new TreeMap<>();
        rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
        this.rules = new ArrayList<>(byId.values());
        for (int index = 0; index < this.rules.size(); index++) {
            indexes.put(this.rules.get(index).id(), index);
        }
    }

    /** The rule's position in {@link #descriptors()}, or {@code null} when the report does not describe it. */
    Integer indexOf(String ruleId) {
        return indexes.get(ruleId);
    }

    ArrayNode descriptors() {
        ArrayNode descriptors = JsonNodeFactory.instance.arrayNode();
        rules.forEach(rule -> descriptors.add(descriptor(rule)));
        return descriptors;
    }

    /**
     * The rule as GitHub shows it beside an alert: the title, the page's reason why it matters, and the whole
     * page as help.
     */
    private ObjectNode descriptor(RuleInfo rule) {
        String documentation = rule.documentation().isBlank() ? rule.title() : rule.documentation();
        String why = RulePage.firstParagraph(rule.documentation(), RulePage.WHY);
        ObjectNode descriptor = JsonNodeFactory.instance.objectNode()
                .put("id", rule.id())
                .put("name", pascalCase(rule.id()));
        descriptor.putObject("shortDescription").put("text", rule.title());
        descriptor.putObject("fullDescription").put("text", why.isEmpty() ? rule.title() : why);
        descriptor.put("helpUri", settings.ruleDocs(rule.category(), rule.id()));
        descriptor.putObject("help").put("text", documentation).put("markdown", documentation);
        descriptor.putObject("defaultConfiguration").put("level", SarifSeverity.level(rule.severity()));
        ObjectNode properties = descriptor.putObject("properties");
        ArrayNode tags = properties.putArray("tags").add(rule.category());
        rule.tags().stream().limit(MAX_TAGS - 1).forEach(tags::add);
        properties.put("precision", "high");
        if (SECURITY.equals(rule.category())) {
            properties.put("security-severity", SarifSeverity.securitySeverity(rule.severity()));
        }
        return descriptor;
    }

    /** {@code spof-db-writer} becomes {@code SpofDbWriter}: SARIF wants a name that reads as an identifier. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
