package dev.topolint;

import dev.topolint.suppress.SuppressedFinding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a change introduces and those it resolves, matched by fingerprint as a baseline matches them, so
 * that reformatting a descriptor or moving a component changes nothing.
 */
final class ReportDiff {

    private ReportDiff() {
    }

    /**
     * Compares the reports of two versions of the same descriptors.
     *
     * @param renamed the name each descriptor had before the change, to the name it has after: a finding in
     *                {@code old.yaml} and one in {@code new.yaml} are the same finding when the change renames it
     */
    static Report between(Report before, Report after, Map<String, String> renamed) {
        List<Problem> problems = new ArrayList<>(before.problems());
        problems.addAll(after.problems());
        if (!problems.isEmpty()) {
            // A version that cannot be read has unknown findings: nothing can be said about what changed.
            return new Report(after.files(), List.of(), problems, after.rules(), List.of(), List.of(), List.of(),
                    List.of());
        }
        // Each side's fingerprints are taken once, in the names the descriptors have after the change.
        List<String> old = Fingerprints.of(renamed(before.findings(), renamed));
        List<String> current = Fingerprints.of(after.findings());
        List<Finding> introduced = absentFrom(after.findings(), current, old);
        List<Finding> resolved = absentFrom(before.findings(), old, current);
        List<Finding> wasSuppressed = before.suppressed().stream().map(SuppressedFinding::finding).toList();
        List<Finding> isSuppressed = after.suppressed().stream().map(SuppressedFinding::finding).toList();
        List<SuppressedFinding> suppressed = absentFrom(after.suppressed(), Fingerprints.of(isSuppressed),
                Fingerprints.of(renamed(wasSuppressed, renamed)));
        return new Report(after.files(), introduced, List.of(), rules(before, after), after.topologies(),
                after.designs(), suppressed, resolved);
    }

    /** The findings, in the names they have after the change. */
    private static List<Finding> renamed(List<Finding> findings, Map<String, String> renamed) {
        return findings.stream().map(f -> new Finding(f.ruleId(), f.severity(), f.target(),
                renamed.getOrDefault(f.file(), f.file()), f.path(), f.region(), f.message(), f.related(), f.flow()))
                .toList();
    }

    /** The items whose fingerprint, at the same index of {@code fingerprints}, is not among {@code others}. */
    private static <T> List<T> absentFrom(List<T> items, List<String> fingerprints, List<String> others) {
        Set<String> elsewhere = new HashSet<>(others);
        List<T> kept = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            if (!elsewhere.contains(fingerprints.get(index))) {
                kept.add(items.get(index));
            }
        }
        return kept;
    }

    /** The rules of both runs, each once: a resolved finding's rule may have run only before the change. */
    private static List<RuleInfo> rules(Report before, Report after) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        after.rules().forEach(rule -> rules.put(rule.id(), rule));
        before.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        return List.copyOf(rules.values());
    }
}
