package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void printsTheRulesPage() {
        CliRun run = CliRun.of("explain", "spof-lb");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# spof-lb\n"), run.out());
        assertTrue(run.out().contains("## How to fix"), run.out());
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        CliRun run = CliRun.of("explain", "spof-everything");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("topolint: unknown rule 'spof-everything'; 'topolint rules' lists them"),
                run.err());
        assertEquals("", run.out());
    }
}
