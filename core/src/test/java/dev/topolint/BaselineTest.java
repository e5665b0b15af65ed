package dev.topolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static Finding finding(String rule, String target, int line) {
        return new Finding(rule, Severity.HIGH, target, "site.yaml", "/hosts/0", new Region(line, 5, line, 20), "m");
    }

    private static final Finding SPOF_LB = finding("spof-lb", "lb", 5);
    private static final Finding NO_FIREWALL = finding("no-firewall", "web-01", 9);

    @Test
    void onlyWhatTheBaselineDoesNotHoldIsIntroducedWhereverTheFindingsMoved() {
        Baseline baseline = Baseline.of(new Report(List.of("site.yaml"), List.of(SPOF_LB, NO_FIREWALL), List.of(),
                List.of()));
        Finding moved = finding("spof-lb", "lb", 40);
        Finding added = finding("no-firewall", "web-02", 12);

        Baseline.Comparison comparison = baseline.compare(List.of(moved, added));

        assertEquals(List.of(added), comparison.introduced());
        assertEquals(1, comparison.known());
        assertEquals(1, comparison.fixed(), "no-firewall on web-01 is gone");
    }

    @Test
    void theFileReadsBackAsWritten() throws DescriptorException {
        Baseline baseline = Baseline.of(new Report(List.of("site.yaml"), List.of(SPOF_LB), List.of(), List.of()));
        String json = baseline.toJson();

        assertEquals(baseline, Baseline.parse("topolint-baseline.json", json));
        assertEquals("""
                {
                  "topolintBaseline" : 1,
                  "findings" : [ {
                    "fingerprint" : "%s",
                    "rule" : "spof-lb",
                    "file" : "site.yaml",
                    "target" : "lb"
                  } ]
                }
                """.formatted(Fingerprints.of(List.of(SPOF_LB)).get(0)), json);
    }

    @Test
    void aFileThatIsNotABaselineIsRefusedWithItsPosition() {
        DescriptorException broken = assertThrows(DescriptorException.class,
                () -> Baseline.parse("b.json", "{\n  \"topolintBaseline\": 1,\n  \"findings\": [\n}"));
        assertEquals("b.json:4:1: not valid JSON: Unexpected close marker '}': expected ']'",
                broken.problems().get(0).describe());

        DescriptorException foreign = assertThrows(DescriptorException.class,
                () -> Baseline.parse("b.json", "{\"version\": 2}"));
        assertEquals("b.json:1:1: not a topolint baseline: expected {\"topolintBaseline\": 1, \"findings\": [...]}, "
                + "as 'topolint baseline' writes it", foreign.problems().get(0).describe());
    }
}
