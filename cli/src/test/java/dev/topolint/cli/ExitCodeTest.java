package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.Finding;
import dev.topolint.Problem;
import dev.topolint.Region;
import dev.topolint.Report;
import dev.topolint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodeTest {

    private static final Finding MEDIUM = new Finding("no-firewall", Severity.MEDIUM, "web-01", "site.yaml",
            "/hosts/0", new Region(3, 5, 6, 1), "Nothing filters the traffic that reaches web-01.");
    private static final Problem UNREADABLE = new Problem("broken.yaml", null, "not a UTF-8 text file");

    @Test
    void findingsBelowTheThresholdPass() {
        assertEquals(ExitCode.OK, ExitCode.of(report(List.of(MEDIUM), List.of()), Severity.HIGH));
    }

    @Test
    void aFindingAtTheThresholdFails() {
        assertEquals(ExitCode.FINDINGS, ExitCode.of(report(List.of(MEDIUM), List.of()), Severity.MEDIUM));
    }

    @Test
    void aDescriptorThatCouldNotBeReadWinsOverFindings() {
        assertEquals(ExitCode.INVALID_DESCRIPTOR,
                ExitCode.of(report(List.of(MEDIUM), List.of(UNREADABLE)), Severity.INFO));
        assertEquals(ExitCode.INVALID_DESCRIPTOR,
                ExitCode.of(report(List.of(), List.of(UNREADABLE)), Severity.CRITICAL));
    }

    @Test
    void theNumbersAreFixed() {
        assertEquals(List.of(0, 1, 2, 3),
                List.of(ExitCode.OK.code(), ExitCode.FINDINGS.code(), ExitCode.USAGE_ERROR.code(),
                        ExitCode.INVALID_DESCRIPTOR.code()));
    }

    private static Report report(List<Finding> findings, List<Problem> problems) {
        return new Report(List.of("site.yaml", "broken.yaml"), findings, problems, List.of());
    }
}
