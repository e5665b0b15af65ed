package dev.topolint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a finding is about, not where it stands: the rule, the descriptor file, the target and the components
 * along its flow, all by name. Reformatting or reordering a descriptor, or inserting lines into it, moves a
 * finding without changing its fingerprint, so code scanning opens no new alert and a baseline still holds.
 */
public final class Fingerprints {

    /** Versioned, so that a future change to what is hashed can live beside the old fingerprints. */
    public static final String KEY = "topolint/v1";

    private Fingerprints() {
    }

    /**
     * The fingerprints of a report's findings, in their order. Two findings about the same things, such as two
     * plaintext ports of one load balancer, are told apart by their rank in report order.
     */
    public static List<String> of(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>();
        for (Finding finding : findings) {
            String identity = identity(finding);
            int occurrence = seen.merge(identity, 1, Integer::sum);
            fingerprints.add(sha256(occurrence == 1 ? identity : identity + "\u0000" + occurrence));
        }
        return fingerprints;
    }

    private static String identity(Finding finding) {
        String flow = finding.flow().stream().map(Place::id).collect(Collectors.joining("\u0001"));
        return String.join("\u0000", finding.ruleId(), finding.file(), finding.target(), flow);
    }

    private static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
