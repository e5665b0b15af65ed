package dev.topolint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings a team has accepted for now, recorded by fingerprint, so that a run reports only what a change
 * introduces. Fingerprints name what a finding is about, not its line, so a baseline survives reformatting.
 *
 * @param entries the recorded findings, in report order
 */
public record Baseline(List<Entry> entries) {

    private static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Baseline {
        entries = List.copyOf(entries);
    }

    /**
     * One recorded finding: its fingerprint, and what it was, for a reader of the file.
     */
    public record Entry(String fingerprint, String rule, String file, String target) {
    }

    /** A baseline of every finding of a report. */
    public static Baseline of(Report report) {
        List<String> fingerprints = Fingerprints.of(report.findings());
        List<Entry> entries = new ArrayList<>();
        for (int index = 0; index < fingerprints.size(); index++) {
            Finding finding = report.findings().get(index);
            entries.add(new Entry(fingerprints.get(index), finding.ruleId(), finding.file(), finding.target()));
        }
        return new Baseline(entries);
    }

    /**
     * Splits findings into those the baseline does not hold, which are reported, and counts the rest.
     *
     * @param findings every finding of a run, in report order, so that their fingerprints are the recorded ones
     */
    public Comparison compare(List<Finding> findings) {
        Set<String> recorded = new LinkedHashSet<>();
        entries.forEach(entry -> recorded.add(entry.fingerprint()));
        List<String> fingerprints = Fingerprints.of(findings);
        List<Finding> introduced = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int index = 0; index < findings.size(); index++) {
            String fingerprint = fingerprints.get(index);
            seen.add(fingerprint);
            if (!recorded.contains(fingerprint)) {
                introduced.add(findings.get(index));
            }
        }
        int fixed = (int) recorded.stream().filter(fingerprint -> !seen.contains(fingerprint)).count();
        return new Comparison(introduced, findings.size() - introduced.size(), fixed);
    }

    /**
     * A run's findings against a baseline.
     *
     * @param introduced the findings the baseline does not hold
     * @param known how many findings the baseline holds
     * @param fixed how many baseline entries no longer occur
     */
    public record Comparison(List<Finding> introduced, int known, int fixed) {
        public Comparison {
            introduced = List.copyOf(introduced);
        }

        /** What the baseline left out and what of it is gone, in one sentence for the run's log. */
        public String describe() {
            return known + " findings held by the baseline are not reported; " + fixed
                    + " of its entries no longer occur.";
        }
    }

    /** The baseline file: indented JSON in report order, so that a change to it reads well in review. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("topolintBaseline", FORMAT_VERSION);
        ArrayNode findings = root.putArray("findings");
        for (Entry entry : entries) {
            findings.addObject().put("fingerprint", entry.fingerprint()).put("rule", entry.rule())
                    .put("file", entry.file()).put("target", entry.target());
        }
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /**
     * Reads the baseline file a run names.
     *
     * @throws InputPathException when it does not exist or cannot be read
     * @throws DescriptorException naming the file, line and column of what cannot be understood
     */
    public static Baseline read(Path file) throws InputPathException, DescriptorException {
        if (!Files.isRegularFile(file)) {
            throw new InputPathException(file + ": no such baseline file; 'topolint baseline PATH... -o " + file
                    + "' writes one");
        }
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputPathException(file + ": cannot read the baseline (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a baseline file.
     *
     * @param file the name to give in errors
     * @throws DescriptorException naming the file, line and column of what cannot be read
     */
    public static Baseline parse(String file, String text) throws DescriptorException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // Jackson ends some messages with where the enclosing value started, in its own notation: left out.
            String reason = e.getOriginalMessage().replaceFirst("\\s*\\(for \\w+ starting at .*$", "");
            throw problem(file, e.getLocation(), "not valid JSON: " + reason);
        }
        if (root == null || !root.path("topolintBaseline").isInt()
                || root.get("topolintBaseline").asInt() != FORMAT_VERSION || !root.path("findings").isArray()) {
            throw problem(file, null, "not a topolint baseline: expected {\"topolintBaseline\": 1, \"findings\": "
                    + "[...]}, as 'topolint baseline' writes it");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode finding : root.get("findings")) {
            if (!finding.path("fingerprint").isTextual()) {
                throw problem(file, null, "entry " + (entries.size() + 1) + " of \"findings\" has no fingerprint");
            }
            entries.add(new Entry(finding.get("fingerprint").asText(), finding.path("rule").asText(""),
                    finding.path("file").asText(""), finding.path("target").asText("")));
        }
        return new Baseline(entries);
    }

    private static DescriptorException problem(String file, JsonLocation location, String message) {
        Region region = location == null || location.getLineNr() < 1 ? new Region(1, 1, 1, 1)
                : new Region(location.getLineNr(), location.getColumnNr(), location.getLineNr(),
                location.getColumnNr());
        return new DescriptorException(List.of(new Problem(file, region, message)));
    }
}
