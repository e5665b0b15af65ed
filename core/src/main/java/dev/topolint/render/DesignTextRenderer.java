package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.Report;
import dev.topolint.RuleInfo;
import dev.topolint.design.DesignSection;
import dev.topolint.design.DesignStatement;
import dev.topolint.design.DesignSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The design summary of each descriptor for a terminal: each statement with the line it is read from, then the
 * descriptor's findings grouped by category, as a reviewer reads them.
 */
public final class DesignTextRenderer implements Renderer {

    @Override
    public String render(Report report) {
        Map<String, RuleInfo> rules = report.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, rule -> rule, (first, second) -> first));
        StringBuilder text = new StringBuilder();
        for (DesignSummary design : report.designs()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(summary(design));
            issues(text, report.findings().stream().filter(f -> f.file().equals(design.file())).toList(),
                    rules);
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

    private static void issues(StringBuilder text, List<Finding> findings, Map<String, RuleInfo> rules) {
        text.append('\n').append("Issues").append('\n');
        if (findings.isEmpty()) {
            text.append("  none\n");
            return;
        }
        Issues.byCategory(findings, rules).forEach((category, grouped) -> {
            text.append("  ").append(category).append('\n');
            for (Finding finding : grouped) {
                text.append("    - ").append(finding.severity().label()).append(" [").append(finding.ruleId())
                        .append("] line ").append(finding.region().startLine()).append(": ")
                        .append(finding.message()).append('\n');
            }
        });
    }
}
