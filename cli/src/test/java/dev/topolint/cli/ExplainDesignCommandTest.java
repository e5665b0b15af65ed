package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainDesignCommandTest {

    @Test
    void explainsTheDesignThenListsItsIssuesByCategory() {
        CliRun run = CliRun.of("explain-design", CliRun.DESCRIPTOR);

        assertEquals(0, run.exitCode(), "findings do not fail an explanation: " + run.err());
        String out = run.out();
        assertTrue(out.startsWith(CliRun.DESCRIPTOR + "\n\nRequest path\n"
                + "  - www.example.com is the domain name clients use: DNS turns it into 203.0.113.10 through an A"
                + " record, and clients reach web-01 directly. (line 6)\n"),
                out);
        assertTrue(out.contains("\n  - Web server on web-01 (nginx) accepts HTTP requests and serves static files."
                + " (line 14)\n"), out);
        int issues = out.indexOf("\n\nIssues\n");
        int availability = out.indexOf("\n  availability\n    - high [spof-host] line 11: ", issues);
        int security = out.indexOf("\n  security\n    - high [no-firewall] line 11: ", issues);
        assertTrue(issues > 0 && availability > issues && security > availability, out);
    }

    @Test
    void anInvalidDescriptorIsReportedWithItsPositionAndNoSummary() {
        CliRun run = CliRun.of("explain-design", CliRun.INVALID_DESCRIPTOR);

        assertEquals(3, run.exitCode());
        assertTrue(run.err().startsWith(CliRun.INVALID_DESCRIPTOR + ":"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void checkWithSummaryPutsTheDesignBeforeTheFindingsAndWithoutItLeavesItOut() {
        CliRun summarised = CliRun.of("check", "--summary", CliRun.DESCRIPTOR);
        CliRun plain = CliRun.of("check", CliRun.DESCRIPTOR);

        String design = CliRun.of("explain-design", CliRun.DESCRIPTOR).out();
        String summary = design.substring(0, design.indexOf("\n\nIssues\n") + 1);
        assertEquals(summary + "\n" + plain.out(), summarised.out());
        assertTrue(plain.out().startsWith(CliRun.DESCRIPTOR + ":6:5: "), plain.out());
    }

    @Test
    void aMarkdownReportBesideTheTextOneDoesNotPutTheDesignInTheText(@TempDir Path directory) throws IOException {
        Path markdown = directory.resolve("report.md");
        CliRun run = CliRun.of("check", "--format", "text", "--format", "markdown=" + markdown, CliRun.DESCRIPTOR);

        assertEquals(CliRun.of("check", CliRun.DESCRIPTOR).out(), run.out());
        assertTrue(Files.readString(markdown).contains("\n## Design of `" + CliRun.DESCRIPTOR + "`\n"));
    }
}
