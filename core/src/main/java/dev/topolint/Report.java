package dev.topolint;

import dev.topolint.design.DesignSummary;
import dev.topolint.model.Descriptor;
import dev.topolint.suppress.SuppressedFinding;
import java.util.Comparator;
import java.util.List;

/**
 * What one run found: findings in report order, the descriptors that could not be checked, and the rules that ran.
 * A diff's report holds the findings a change introduces, and those it resolves besides them.
 *
 * @param files the descriptors checked or attempted, sorted
 * @param topologies the descriptors that could be read, sorted by file, for reports that draw them
 * @param designs a summary of each valid descriptor's design, by file, when the linter was asked for them
 * @param suppressed the findings a suppression accepted, in report order, which reports list apart
 * @param resolved the findings a change resolves, in report order, each where it stood before the change;
 *                 {@code null} for a report that compares nothing, such as a check's
 */
public record Report(List<String> files, List<Finding> findings, List<Problem> problems, List<RuleInfo> rules,
                     List<Descriptor> topologies, List<DesignSummary> designs, List<SuppressedFinding> suppressed,
                     List<Finding> resolved) {
    public Report {
        designs = designs.stream().sorted(Comparator.comparing(DesignSummary::file)).toList();
        files = files.stream().sorted().toList();
        findings = findings.stream().sorted().toList();
        problems = problems.stream().sorted().toList();
        rules = List.copyOf(rules);
        suppressed = suppressed.stream().sorted(Comparator.comparing(SuppressedFinding::finding)).toList();
        topologies = topologies.stream().sorted(Comparator.comparing(Descriptor::file)).toList();
        resolved = resolved == null ? null : resolved.stream().sorted().toList();
    }

    /** The report of a check. */
    public Report(List<String> files, List<Finding> findings, List<Problem> problems, List<RuleInfo> rules,
                  List<Descriptor> topologies, List<DesignSummary> designs, List<SuppressedFinding> suppressed) {
        this(files, findings, problems, rules, topologies, designs, suppressed, null);
    }

    /** A report without the topologies and their designs: its Markdown rendering has no diagram. */
    public Report(List<String> files, List<Finding> findings, List<Problem> problems, List<RuleInfo> rules) {
        this(files, findings, problems, rules, List.of(), List.of(), List.of());
    }

    /** This report with other findings, such as those a baseline does not hold. */
    public Report withFindings(List<Finding> kept) {
        return new Report(files, kept, problems, rules, topologies, designs, suppressed, resolved);
    }

    /** This report without its design summaries, for a report format that was not asked for them. */
    public Report withoutDesigns() {
        return new Report(files, findings, problems, rules, topologies, List.of(), suppressed, resolved);
    }

    /** Whether this report compares two versions: its findings are those introduced, beside those resolved. */
    public boolean isDiff() {
        return resolved != null;
    }

    /** Whether any finding is at or above the threshold. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.severity().isAtLeast(threshold));
    }
}
