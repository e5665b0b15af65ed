package dev.topolint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topolint.Finding;
import dev.topolint.Problem;
import dev.topolint.Region;
import dev.topolint.Report;
import dev.topolint.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final String FILE = "src/main/topology/site.yaml";
    private static final List<Path> REPORTS = List.of(Path.of("target/topolint/topolint.sarif"));

    private static Finding finding(Severity severity, int line) {
        return new Finding("rule-" + line, severity, "web-01", FILE, "/hosts/0", new Region(line, 5, line, 20), "why");
    }

    /** Two high findings and one medium. */
    private static final Report FINDINGS = new Report(List.of(FILE),
            List.of(finding(Severity.HIGH, 3), finding(Severity.HIGH, 7), finding(Severity.MEDIUM, 9)),
            List.of(), List.of());

    @Test
    void countsTheFindingsAtOrAboveTheThreshold() {
        assertEquals(0, Verdict.of(FINDINGS, Severity.CRITICAL, true, 0).violations());
        assertEquals(2, Verdict.of(FINDINGS, Severity.HIGH, true, 0).violations());
        assertEquals(3, Verdict.of(FINDINGS, Severity.INFO, true, 0).violations());
    }

    @Test
    void failsOnlyPastTheAllowance() {
        assertTrue(Verdict.of(FINDINGS, Severity.HIGH, true, 1).failsTheBuild());
        assertFalse(Verdict.of(FINDINGS, Severity.HIGH, true, 2).failsTheBuild());
        assertFalse(Verdict.of(FINDINGS, Severity.CRITICAL, true, 0).failsTheBuild());
    }

    @Test
    void violationsAreWarningsWhenTheyDoNotFail() {
        Verdict verdict = Verdict.of(FINDINGS, Severity.HIGH, false, 0);

        assertEquals(2, verdict.violations());
        assertFalse(verdict.violationsFail());
        assertFalse(verdict.failsTheBuild());
    }

    @Test
    void saysHowManyFindingsFailedTheBuildAndWhereTheReportsAre() {
        assertEquals("topolint found 2 findings at or above high, and 1 is allowed."
                        + " Reports: target/topolint/topolint.sarif",
                Verdict.of(FINDINGS, Severity.HIGH, true, 1).failure(REPORTS));
        assertEquals("topolint found 3 findings at or above info, and 0 are allowed.",
                Verdict.of(FINDINGS, Severity.INFO, true, 0).failure(List.of()));
    }

    @Test
    void anInvalidDescriptorFailsTheBuildWhateverTheSettings() {
        Report report = new Report(List.of(FILE), List.of(), List.of(
                new Problem(FILE, new Region(4, 5, 4, 13), "unknown property 'serivces'"),
                new Problem(FILE, new Region(9, 3, 9, 8), "expected integer, found string")), List.of());

        Verdict verdict = Verdict.of(report, Severity.CRITICAL, false, 10);

        assertTrue(verdict.failsTheBuild());
        assertEquals("Invalid descriptor: src/main/topology/site.yaml:4:5: unknown property 'serivces'"
                + " (and 1 more problem above) Reports: target/topolint/topolint.sarif", verdict.failure(REPORTS));
    }
}
