package dev.topolint.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topolint.Finding;
import dev.topolint.Problem;
import dev.topolint.Report;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SARIF 2.1.0 with one run, as GitHub code scanning and other SARIF viewers read it. Descriptors that could
 * not be read become tool execution notifications, and the invocation is marked unsuccessful.
 */
final class SarifRenderer implements Renderer {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/topolint/topolint";
    /** Versioned, so that a future change to what is hashed can live beside the old fingerprints. */
    static final String FINGERPRINT = "topolint/v1";

    private final String toolVersion;

    SarifRenderer(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String render(Report report) {
        SarifRules rules = new SarifRules(report.rules());
        ObjectNode document = JsonNodeFactory.instance.objectNode()
                .put("$schema", SCHEMA)
                .put("version", "2.1.0");
        ObjectNode run = document.putArray("runs").addObject();
        run.putObject("tool").putObject("driver")
                .put("name", "topolint")
                .put("version", toolVersion)
                .put("informationUri", INFORMATION_URI)
                .set("rules", rules.descriptors());
        run.putArray("invocations").add(invocation(report.problems()));
        run.putObject("originalUriBaseIds").putObject(SarifLocations.SRCROOT)
                .putObject("description").put("text", "The repository root.");
        ArrayNode results = run.putArray("results");
        report.findings().forEach(finding -> results.add(result(finding, rules)));
        run.put("columnKind", "unicodeCodePoints");
        return JsonText.write(document);
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

    private static ObjectNode result(Finding finding, SarifRules rules) {
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
        result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(finding));
        return result;
    }

    /**
     * What the finding is about, not where it stands: reformatting or reordering a descriptor moves a finding
     * without making code scanning open a new alert for it.
     */
    static String fingerprint(Finding finding) {
        String identity = finding.ruleId() + "\u0000" + finding.target() + "\u0000" + finding.file();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
