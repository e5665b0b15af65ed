package dev.topolint.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topolint.Finding;
import dev.topolint.Fingerprints;
import dev.topolint.Place;
import dev.topolint.Problem;
import dev.topolint.Report;
import dev.topolint.suppress.SuppressedFinding;
import dev.topolint.suppress.Suppression;
import java.util.List;

/**
 * SARIF 2.1.0 with one run, as GitHub code scanning and other SARIF viewers read it. Descriptors that could
 * not be read become tool execution notifications, and the invocation is marked unsuccessful. In a diff's log,
 * the findings a change introduces have the {@code baselineState} {@code new}, and those it resolves, placed
 * where they stood before the change, {@code absent}.
 */
final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/topolint/topolint";

    private final RenderSettings settings;

    SarifRenderer(RenderSettings settings) {
        this.settings = settings;
    }

    @Override
    public String render(Report report) {
        SarifRules rules = new SarifRules(report.rules(), settings);
        ObjectNode document = JsonNodeFactory.instance.objectNode()
                .put("$schema", SCHEMA)
                .put("version", "2.1.0");
        ObjectNode run = document.putArray("runs").addObject();
        run.putObject("tool").putObject("driver")
                .put("name", "topolint")
                .put("version", settings.toolVersion())
                .put("informationUri", INFORMATION_URI)
                .set("rules", rules.descriptors());
        if (settings.category() != null) {
            run.putObject("automationDetails").put("id", automationId(settings.category()));
        }
        run.putArray("invocations").add(invocation(report.problems()));
        run.putObject("originalUriBaseIds").putObject(SarifLocations.SRCROOT)
                .putObject("description").put("text", "The repository root.");
        ArrayNode results = run.putArray("results");
        List<String> fingerprints = Fingerprints.of(report.findings());
        for (int i = 0; i < report.findings().size(); i++) {
            results.add(compared(report, result(report.findings().get(i), fingerprints.get(i), rules), "new"));
        }
        if (report.isDiff()) {
            List<String> resolvedFingerprints = Fingerprints.of(report.resolved());
            for (int i = 0; i < report.resolved().size(); i++) {
                results.add(compared(report, result(report.resolved().get(i), resolvedFingerprints.get(i), rules),
                        "absent"));
            }
        }
        // Accepted findings stay in the log, marked: code scanning shows them as dismissed, with the reason.
        List<Finding> accepted = report.suppressed().stream().map(SuppressedFinding::finding).toList();
        List<String> acceptedFingerprints = Fingerprints.of(accepted);
        for (int i = 0; i < accepted.size(); i++) {
            ObjectNode result = result(accepted.get(i), acceptedFingerprints.get(i), rules);
            result.putArray("suppressions").add(suppression(report.suppressed().get(i).suppression()));
            results.add(compared(report, result, "new"));
        }
        run.put("columnKind", "unicodeCodePoints");
        return JsonText.write(document);
    }

    /**
     * A run's id is {@code category/instance}; a category alone ends with its slash, which keeps runs of one
     * category comparable from one commit to the next.
     */
    static String automationId(String category) {
        return category.endsWith("/") ? category : category + "/";
    }

    /** A result of a diff says whether the change introduced or resolved it; a check's compares nothing. */
    private static ObjectNode compared(Report report, ObjectNode result, String baselineState) {
        return report.isDiff() ? result.put("baselineState", baselineState) : result;
    }

    private static ObjectNode invocation(List<Problem> problems) {
        ObjectNode invocation = JsonNodeFactory.instance.objectNode()
                .put("executionSuccessful", problems.isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (Problem problem : problems) {
            ObjectNode notification = notifications.addObject().put("level", "error");
            notification.putObject("message").put("text", problem.message());
            notification.putArray("locations").addObject()
                    .set("physicalLocation", SarifLocations.physicalLocation(problem.file(), problem.region()));
        }
        return invocation;
    }

    private static ObjectNode suppression(Suppression suppression) {
        return JsonNodeFactory.instance.objectNode()
                .put("kind", suppression.kind().inSource() ? "inSource" : "external")
                .put("status", "accepted")
                .put("justification", suppression.justification());
    }

    private static ObjectNode result(Finding finding, String fingerprint, SarifRules rules) {
        ObjectNode result = JsonNodeFactory.instance.objectNode().put("ruleId", finding.ruleId());
        Integer ruleIndex = rules.indexOf(finding.ruleId());
        if (ruleIndex != null) {
            result.put("ruleIndex", ruleIndex);
        }
        result.put("level", SarifSeverity.level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        ObjectNode location = result.putArray("locations").addObject();
        location.set("physicalLocation", SarifLocations.physicalLocation(finding.file(), finding.region()));
        location.putArray("logicalLocations").addObject().put("name", finding.target()).put("kind", "object");
        if (!finding.related().isEmpty()) {
            ArrayNode related = result.putArray("relatedLocations");
            for (int i = 0; i < finding.related().size(); i++) {
                related.add(placed(finding.file(), finding.related().get(i), finding.related().get(i).label())
                        .put("id", i + 1));
            }
        }
        if (!finding.flow().isEmpty()) {
            result.putArray("codeFlows").add(codeFlow(finding));
        }
        result.putObject("partialFingerprints").put(Fingerprints.KEY, fingerprint);
        return result;
    }

    /**
     * The way to the problem, step by step; the problem's own step carries the finding's first sentence and is
     * the one that matters most.
     */
    private static ObjectNode codeFlow(Finding finding) {
        ObjectNode codeFlow = JsonNodeFactory.instance.objectNode();
        codeFlow.putObject("message").put("text", "How a request reaches the problem.");
        ArrayNode steps = codeFlow.putArray("threadFlows").addObject().putArray("locations");
        for (Place place : finding.flow()) {
            boolean problem = place.path().equals(finding.path());
            String text = problem ? RulePage.firstSentence(finding.message()) : "Through " + place.label() + ".";
            steps.addObject()
                    .put("importance", problem ? "essential" : "important")
                    .set("location", placed(finding.file(), place, text));
        }
        return codeFlow;
    }

    private static ObjectNode placed(String file, Place place, String text) {
        ObjectNode location = JsonNodeFactory.instance.objectNode();
        location.set("physicalLocation", SarifLocations.physicalLocation(file, place.region()));
        location.putObject("message").put("text", text);
        return location;
    }
}
