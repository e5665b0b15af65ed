package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topolint.DescriptorException;
import dev.topolint.Limits;
import dev.topolint.Problem;
import dev.topolint.Region;
import dev.topolint.Severity;
import dev.topolint.config.Configuration;
import dev.topolint.config.RuleSetting;
import dev.topolint.suppress.Suppression;
import dev.topolint.suppress.SuppressionKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a configuration file as descriptors are read: YAML or JSON with positions, then its own JSON Schema, so
 * that every mistake in it is reported at its line and column.
 */
public final class ConfigurationLoader {

    /** The class-path resource of the configuration schema, published as docs/topolint-config.schema.json. */
    public static final String SCHEMA_RESOURCE = "/dev/topolint/topolint-config.schema.json";

    private final SchemaCheck schemaCheck = new SchemaCheck(SCHEMA_RESOURCE);

    /**
     * Reads one configuration file.
     *
     * @param file the name the file is reported under
     * @throws DescriptorException with every problem found, at its position
     */
    public Configuration load(String file, String text) throws DescriptorException {
        YamlTreeReader.Tree tree = YamlTreeReader.read(file, text, Limits.DEFAULTS);
        List<Problem> problems = schemaCheck.check(file, tree.root(), tree.sourceMap());
        if (!problems.isEmpty()) {
            throw new DescriptorException(problems);
        }
        JsonNode root = tree.root();
        Severity failOn = root.has("fail_on") ? Severity.parse(root.get("fail_on").asText()) : null;
        Map<String, RuleSetting> rules = new LinkedHashMap<>();
        Map<String, Region> ruleRegions = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = root.path("rules").fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode setting = entry.getValue();
            Boolean enabled = setting.has("enabled") ? setting.get("enabled").asBoolean() : null;
            Severity severity = setting.has("severity") ? Severity.parse(setting.get("severity").asText()) : null;
            rules.put(entry.getKey(), new RuleSetting(enabled, severity));
            ruleRegions.put(entry.getKey(), tree.sourceMap().keyRegionOf(Pointers.child("/rules", entry.getKey())));
        }
        List<Suppression> suppressions = new ArrayList<>();
        JsonNode suppress = root.path("suppress");
        for (int index = 0; index < suppress.size(); index++) {
            JsonNode entry = suppress.get(index);
            String target = entry.has("target") ? entry.get("target").asText() : null;
            suppressions.add(DeclaredSuppressions.entry(entry, target, SuppressionKind.CONFIGURATION, file,
                    tree.sourceMap().regionOf(Pointers.child("/suppress", index))));
        }
        return new Configuration(file, failOn, rules, ruleRegions, suppressions);
    }
}
