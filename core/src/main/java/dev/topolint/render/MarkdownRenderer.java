package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.Problem;
import dev.topolint.Report;
import dev.topolint.RuleInfo;
import dev.topolint.Severity;
import dev.topolint.design.DesignSummary;
import dev.topolint.model.Descriptor;
import dev.topolint.suppress.SuppressedFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A report to read in a pull request or a CI job summary: the count of findings by severity, the design of each
 * descriptor when the linter summarised it, the findings
 * grouped by rule, each with its place and the rule's fix, the descriptors that could not be read, and a
 * diagram of each topology with the components that have findings highlighted. A diff's report has the findings
 * a change introduces under "Introduced", and those it resolves under "Resolved".
 *
 * @param settings where the rule pages are linked from
 */
record MarkdownRenderer(RenderSettings settings) implements Renderer {

    @Override
    public String render(Report report) {
        List<String> lines = new ArrayList<>(List.of("# topolint report", ""));
        lines.addAll(MarkdownText.wrap(Summary.of(report), "", ""));
        lines.add("");
        SeverityCounts.of(report.findings()).forEach((severity, count) ->
                lines.add("- " + severity.label() + ": " + count));
        Map<String, RuleInfo> rules = report.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, rule -> rule, (a, b) -> a, TreeMap::new));
        for (DesignSummary design : report.designs()) {
            lines.addAll(DesignMarkdown.of(design, report.findings().stream()
                    .filter(finding -> finding.file().equals(design.file())).toList(), rules));
        }
        findings(report, rules, lines);
        if (report.isDiff()) {
            resolved(report.resolved(), lines);
        }
        suppressed(report.suppressed(), lines);
        problems(report.problems(), lines);
        for (Descriptor topology : report.topologies()) {
            List<Finding> findings = report.findings().stream()
                    .filter(finding -> finding.file().equals(topology.file())).toList();
            lines.addAll(List.of("", "## Topology of `" + topology.file() + "`", "", "```mermaid"));
            lines.addAll(TopologyDiagram.of(topology, findings));
            lines.add("```");
        }
        return String.join("\n", lines) + "\n";
    }

    /** One section per rule, most severe first, then by id. */
    private void findings(Report report, Map<String, RuleInfo> rules, List<String> lines) {
        if (report.isDiff()) {
            lines.addAll(List.of("", "## Introduced"));
            if (report.findings().isEmpty()) {
                lines.addAll(List.of("", "The change introduces no finding."));
            }
        } else if (!report.findings().isEmpty()) {
            lines.addAll(List.of("", "## Findings"));
        }
        Map<String, List<Finding>> byRule = report.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.toList()));
        Comparator<String> order = Comparator.comparing((String id) -> severityOf(byRule.get(id)))
                .thenComparing(Comparator.naturalOrder());
        Set<String> ids = byRule.keySet();
        for (String id : ids.stream().sorted(order).toList()) {
            RuleInfo rule = rules.get(id);
            List<Finding> findings = byRule.get(id);
            lines.addAll(List.of("", "### `" + id + "` (" + severityOf(findings).label() + ")", ""));
            if (rule != null) {
                lines.addAll(MarkdownText.wrap(MarkdownText.escape(rule.title()) + ".", "", ""));
                lines.add("");
            }
            for (Finding finding : findings) {
                lines.addAll(MarkdownText.wrap("`" + finding.file() + ":" + finding.region().startLine() + "` "
                        + MarkdownText.escape(finding.message()), "- ", "  "));
            }
            if (rule != null) {
                fix(rule, lines);
            }
        }
    }

    private void fix(RuleInfo rule, List<String> lines) {
        String fix = RulePage.firstParagraph(rule.documentation(), RulePage.FIX);
        lines.add("");
        if (!fix.isEmpty()) {
            lines.addAll(MarkdownText.wrap("**Fix:** " + fix, "", ""));
        }
        lines.add("[How to fix " + rule.id() + "](" + settings.ruleDocs(rule.category(), rule.id()) + ")");
    }

    /** What a change resolves, each finding where it stood before the change. */
    private static void resolved(List<Finding> resolved, List<String> lines) {
        lines.addAll(List.of("", "## Resolved", ""));
        if (resolved.isEmpty()) {
            lines.add("The change resolves no finding.");
        }
        for (Finding finding : resolved) {
            lines.addAll(MarkdownText.wrap("`" + finding.file() + ":" + finding.region().startLine() + "` `"
                    + finding.ruleId() + "` (" + finding.severity().label() + ") "
                    + MarkdownText.escape(finding.message()), "- ", "  "));
        }
    }

    /** Each accepted finding and why: the reviewer of a change sees what is silenced, not only how much. */
    private static void suppressed(List<SuppressedFinding> suppressed, List<String> lines) {
        if (suppressed.isEmpty()) {
            return;
        }
        lines.addAll(List.of("", "## Suppressed findings", ""));
        for (SuppressedFinding accepted : suppressed) {
            Finding finding = accepted.finding();
            lines.addAll(MarkdownText.wrap("`" + finding.file() + ":" + finding.region().startLine() + "` `"
                    + finding.ruleId() + "` (" + finding.severity().label() + ") on "
                    + MarkdownText.escape(finding.target()) + ", accepted: "
                    + MarkdownText.escape(accepted.suppression().justification()), "- ", "  "));
        }
    }

    private static void problems(List<Problem> problems, List<String> lines) {
        if (problems.isEmpty()) {
            return;
        }
        lines.addAll(List.of("", "## Descriptors that could not be read", ""));
        for (Problem problem : problems) {
            String where = problem.region() == null ? problem.file()
                    : problem.file() + ":" + problem.region().startLine() + ":" + problem.region().startColumn();
            lines.addAll(MarkdownText.wrap("`" + where + "` " + MarkdownText.escape(problem.message()), "- ", "  "));
        }
    }

    /** A rule's findings share its severity. */
    private static Severity severityOf(List<Finding> findings) {
        return findings.get(0).severity();
    }
}
