package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many findings a report has at each severity, as the summaries of the text and JSON formats give it. */
final class SeverityCounts {

    private SeverityCounts() {
    }

    /** Every severity, most severe first, with its count (zero included). */
    static Map<Severity, Integer> of(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
        return counts;
    }
}
