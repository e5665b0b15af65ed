package dev.topolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportDiffTest {

    private static Finding finding(String rule, String target, String file, int line) {
        return new Finding(rule, Severity.HIGH, target, file, "/hosts/0", new Region(line, 5, line, 20), rule);
    }

    private static Report report(String file, Finding... findings) {
        return new Report(List.of(file), List.of(findings), List.of(), List.of());
    }

    @Test
    void findingsThatMovedAreNeitherIntroducedNorResolved() {
        Report before = report("site.yaml", finding("spof-lb", "lb", "site.yaml", 5),
                finding("no-firewall", "web-01", "site.yaml", 9));
        Report after = report("site.yaml", finding("no-firewall", "web-01", "site.yaml", 3),
                finding("spof-lb", "lb", "site.yaml", 30));

        Report diff = ReportDiff.between(before, after, Map.of());

        assertTrue(diff.isDiff());
        assertEquals(List.of(), diff.findings());
        assertEquals(List.of(), diff.resolved());
    }

    @Test
    void aFindingAddedIsIntroducedWhereItStandsAndOneRemovedIsResolvedWhereItStood() {
        Finding kept = finding("spof-lb", "lb", "old.yaml", 5);
        Finding removed = finding("no-firewall", "web-01", "old.yaml", 9);
        Finding keptMoved = finding("spof-lb", "lb", "new.yaml", 7);
        Finding added = finding("no-firewall", "web-02", "new.yaml", 14);

        Report diff = ReportDiff.between(report("old.yaml", kept, removed), report("new.yaml", keptMoved, added),
                Map.of("old.yaml", "new.yaml"));

        assertEquals(List.of(added), diff.findings());
        assertEquals(List.of(removed), diff.resolved());
        assertEquals(List.of("new.yaml"), diff.files());
    }

    @Test
    void findingsOfDescriptorsWithOtherNamesAreOtherFindings() {
        Report diff = ReportDiff.between(report("old.yaml", finding("spof-lb", "lb", "old.yaml", 5)),
                report("new.yaml", finding("spof-lb", "lb", "new.yaml", 5)), Map.of());

        assertEquals(1, diff.findings().size());
        assertEquals(1, diff.resolved().size());
    }

    @Test
    void aVersionThatCannotBeReadLeavesProblemsAndNoComparison() {
        Problem broken = new Problem("main:site.yaml", new Region(3, 1, 3, 1), "not valid YAML");
        Report before = new Report(List.of("main:site.yaml"), List.of(), List.of(broken), List.of());

        Report diff = ReportDiff.between(before, report("site.yaml", finding("spof-lb", "lb", "site.yaml", 5)),
                Map.of("main:site.yaml", "site.yaml"));

        assertEquals(List.of(broken), diff.problems());
        assertEquals(List.of(), diff.findings());
        assertEquals(List.of(), diff.resolved());
    }
}
