package dev.topolint.config;

import dev.topolint.Region;
import dev.topolint.Severity;
import dev.topolint.suppress.Suppression;
import java.util.List;
import java.util.Map;

/**
 * How a repository has topolint judge its descriptors, as its {@code .topolint.yaml} says.
 *
 * @param file the configuration file, as errors name it; {@code null} for no file
 * @param failOn the least severe finding that fails a run, or {@code null} for the caller's default
 * @param rules the settings by rule id
 * @param ruleRegions where each rule id is named in the file, for errors about it
 * @param suppressions the findings accepted on the record
 */
public record Configuration(String file, Severity failOn, Map<String, RuleSetting> rules,
                            Map<String, Region> ruleRegions, List<Suppression> suppressions) {

    /** No configuration file: every rule at its own severity, nothing suppressed. */
    public static final Configuration NONE = new Configuration(null, null, Map.of(), Map.of(), List.of());

    public Configuration {
        rules = Map.copyOf(rules);
        ruleRegions = Map.copyOf(ruleRegions);
        suppressions = List.copyOf(suppressions);
    }

    /**
     * The least severe finding that fails a run: the one the run asks for, else the configuration's, else high.
     *
     * @param requested the threshold given on the command line or as a plugin parameter, or {@code null}
     */
    public Severity threshold(Severity requested) {
        return requested != null ? requested : failOn != null ? failOn : Severity.HIGH;
    }

    /** What the configuration says of a rule; a rule it does not name keeps its defaults. */
    public RuleSetting rule(String id) {
        return rules.getOrDefault(id, new RuleSetting(null, null));
    }
}
