package dev.topolint.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topolint.Finding;
import dev.topolint.Problem;
import dev.topolint.Report;

/**
 * topolint's own JSON document: the tool, the findings and problems with flat positions, and a summary with
 * a count for every severity, so that a script needs no schema knowledge beyond this class. A diff's document
 * holds the findings a change introduces in {@code findings} and those it resolves in {@code resolved}.
 */
final class JsonRenderer implements Renderer {

    private final String toolVersion;

    JsonRenderer(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String render(Report report) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.putObject("tool").put("name", "topolint").put("version", toolVersion);
        ArrayNode findings = document.putArray("findings");
        report.findings().forEach(finding -> findings.add(finding(finding)));
        if (report.isDiff()) {
            ArrayNode resolved = document.putArray("resolved");
            report.resolved().forEach(finding -> resolved.add(finding(finding)));
        }
        ArrayNode problems = document.putArray("problems");
        report.problems().forEach(problem -> problems.add(problem(problem)));
        ObjectNode summary = document.putObject("summary")
                .put("descriptors", report.files().size())
                .put("findings", report.findings().size())
                .put("problems", report.problems().size());
        if (report.isDiff()) {
            summary.put("resolved", report.resolved().size());
        }
        ObjectNode bySeverity = summary.putObject("bySeverity");
        SeverityCounts.of(report.findings()).forEach((severity, count) -> bySeverity.put(severity.label(), count));
        return JsonText.write(document);
    }

    private static ObjectNode finding(Finding finding) {
        return JsonNodeFactory.instance.objectNode()
                .put("rule", finding.ruleId())
                .put("severity", finding.severity().label())
                .put("target", finding.target())
                .put("file", finding.file())
                .put("line", finding.region().startLine())
                .put("column", finding.region().startColumn())
                .put("endLine", finding.region().endLine())
                .put("endColumn", finding.region().endColumn())
                .put("message", finding.message());
    }

    private static ObjectNode problem(Problem problem) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("file", problem.file());
        if (problem.region() != null) {
            node.put("line", problem.region().startLine()).put("column", problem.region().startColumn());
        }
        return node.put("message", problem.message());
    }
}
