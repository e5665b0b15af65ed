package dev.topolint;

import java.util.List;

/**
 * What one run found: findings in report order, the descriptors that could not be checked, and the rules that ran.
 *
 * @param files the descriptors checked or attempted, sorted
 */
public record Report(List<String> files, List<Finding> findings, List<Problem> problems, List<RuleInfo> rules) {
    public Report {
        files = files.stream().sorted().toList();
        findings = findings.stream().sorted().toList();
        problems = problems.stream().sorted().toList();
        rules = List.copyOf(rules);
    }

    /** Whether any finding is at or above the threshold. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.severity().isAtLeast(threshold));
    }
}
