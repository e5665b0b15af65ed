package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.RuleInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A descriptor's findings as a design review lists them: by category, the most severe first in each. */
final class Issues {

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::severity)
            .thenComparing(Comparator.naturalOrder());

    private Issues() {
    }

    /**
     * The findings by their rule's category, categories in alphabetical order.
     *
     * @param rules the rules that ran, by id; a finding of a rule not among them falls under {@code other}
     */
    static Map<String, List<Finding>> byCategory(List<Finding> findings, Map<String, RuleInfo> rules) {
        return findings.stream().sorted(MOST_SEVERE_FIRST).collect(Collectors.groupingBy(finding -> {
            RuleInfo rule = rules.get(finding.ruleId());
            return rule == null ? "other" : rule.category();
        }, TreeMap::new, Collectors.toList()));
    }
}
