package dev.topolint.samples;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One SARIF result as one line that a person can write from the descriptor: rule, level, the region, the
 * logical location, the related locations and the code flow by their regions, and whether the fingerprint is
 * the hash of what the finding is about. For example
 * {@code spof-host error 14:5-25:40 server-01 related=[] flow=[] fingerprint=rule,file,target}.
 */
final class SarifDigest {

    private SarifDigest() {
    }

    static String of(JsonNode result, JsonNode rules) {
        String ruleId = result.get("ruleId").asText();
        boolean indexed = rules.get(result.get("ruleIndex").asInt()).get("id").asText().equals(ruleId);
        JsonNode location = result.at("/locations/0");
        String file = location.at("/physicalLocation/artifactLocation/uri").asText();
        String target = location.at("/logicalLocations/0/name").asText();
        List<String> related = new ArrayList<>();
        result.path("relatedLocations").forEach(place -> related.add(region(place) + " " + message(place)));
        List<String> flow = new ArrayList<>();
        result.at("/codeFlows/0/threadFlows/0/locations").forEach(step -> flow.add(
                region(step.get("location")) + " " + step.get("importance").asText()));
        String fingerprint = result.at("/partialFingerprints/topolint~1v1").asText();
        return ruleId + (indexed ? "" : " (wrong ruleIndex)") + " " + result.get("level").asText() + " "
                + region(location) + " " + target + " related=" + related + " flow=" + flow + " fingerprint="
                + fingerprintOf(fingerprint, ruleId, file, target);
    }

    private static String region(JsonNode location) {
        JsonNode region = location.at("/physicalLocation/region");
        return region.get("startLine") + ":" + region.get("startColumn") + "-" + region.get("endLine") + ":"
                + region.get("endColumn");
    }

    private static String message(JsonNode location) {
        return "'" + location.at("/message/text").asText() + "'";
    }

    /** Names what the fingerprint hashes when it is rule, file and target alone; else shows it as it is. */
    private static String fingerprintOf(String fingerprint, String ruleId, String file, String target) {
        String plain = sha256(String.join("\u0000", ruleId, file, target, ""));
        return fingerprint.equals(plain) ? "rule,file,target" : fingerprint.substring(0, 12);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
