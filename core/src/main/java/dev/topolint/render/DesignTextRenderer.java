package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.Report;
import dev.topolint.RuleInfo;
import dev.topolint.design.DesignSection;
import dev.topolint.design.DesignStatement;
import dev.topolint.design.DesignSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The design summary of each descriptor for a terminal: each statement with the line it is read from, then the
 * descriptor's findings grouped by category, as a reviewer reads them.
 */
public final class DesignTextRenderer implements Renderer {

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::severity)
            .thenComparing(Comparator.naturalOrder());

    @Override
    public String render(Report report) {
        Map<String, String> categories = report.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, RuleInfo::category, (first, second) -> first));
        StringBuilder text = new StringBuilder();
        for (DesignSummary design : report.designs()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(summary(design));
            issues(text, report.findings().stream().filter(f -> f.file().equals(design.file())).toList(),
                    categories::get);
        }
        return text.toString();
    }

    /** The file's name, then each section with its statements, each with the line it is read from. */
    static String summary(DesignSummary design) {
        StringBuilder text = new StringBuilder(design.file()).append('\n');
        for (DesignSection section : design.sections()) {
            text.append('\n').append(section.title()).append('\n');
            for (DesignStatement statement : section.statements()) {
                text.append("  - ").append(statement.text()).append(" (line ")
                        .append(statement.region().startLine()).append(")\n");
            }
        }
        return text.toString();
    }

    private static void issues(StringBuilder text, List<Finding> findings, Function<String, String> categoryOf) {
        text.append('\n').append("Issues").append('\n');
        if (findings.isEmpty()) {
            text.append("  none\n");
            return;
        }
        Map<String, List<Finding>> byCategory = findings.stream()
                .collect(Collectors.groupingBy(finding -> categoryOf.apply(finding.ruleId()), TreeMap::new,
                        Collectors.toList()));
        byCategory.forEach((category, grouped) -> {
            text.append("  ").append(category).append('\n');
            for (Finding finding : grouped.stream().sorted(MOST_SEVERE_FIRST).toList()) {
                text.append("    - ").append(finding.severity().label()).append(" [").append(finding.ruleId())
                        .append("] line ").append(finding.region().startLine()).append(": ")
                        .append(finding.message()).append('\n');
            }
        });
    }
}
