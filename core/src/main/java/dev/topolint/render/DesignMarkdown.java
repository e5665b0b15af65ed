package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.Region;
import dev.topolint.RuleInfo;
import dev.topolint.design.DesignSection;
import dev.topolint.design.DesignStatement;
import dev.topolint.design.DesignSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The design summary of one descriptor in Markdown: each statement linked to the line it is read from, and the
 * descriptor's findings by category, each linked to its rule's section of the report, where its fix is. Nested
 * lists rather than headings, so that two descriptors in one report do not repeat a heading.
 */
final class DesignMarkdown {

    private DesignMarkdown() {
    }

    static List<String> of(DesignSummary design, List<Finding> findings, Map<String, RuleInfo> rules) {
        List<String> lines = new ArrayList<>(List.of("", "## Design of `" + design.file() + "`", ""));
        for (DesignSection section : design.sections()) {
            lines.add("- **" + section.title() + "**");
            for (DesignStatement statement : section.statements()) {
                lines.addAll(MarkdownText.wrap(MarkdownText.escape(statement.text()) + " "
                        + lineLink(design.file(), statement.region()), "  - ", "    "));
            }
        }
        lines.add("- **Issues**");
        if (findings.isEmpty()) {
            lines.add("  - none");
        }
        Issues.byCategory(findings, rules).forEach((category, grouped) -> {
            lines.add("  - " + category);
            grouped.forEach(finding -> lines.addAll(MarkdownText.wrap(finding.severity().label() + " [`"
                    + finding.ruleId() + "`](#" + finding.ruleId() + "-" + finding.severity().label()
                    + ") on " + MarkdownText.escape(finding.target()) + " "
                    + lineLink(finding.file(), finding.region()), "    - ", "      ")));
        });
        return lines;
    }

    /** A link GitHub opens on the line, as one word so that wrapping never splits it: {@code ([L9](site.yaml#L9))}. */
    private static String lineLink(String file, Region region) {
        String line = "L" + region.startLine();
        return "([" + line + "](" + file.replace(" ", "%20") + "#" + line + "))";
    }
}
