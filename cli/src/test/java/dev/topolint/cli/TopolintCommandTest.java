package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topolint.Topolint;
import org.junit.jupiter.api.Test;

class TopolintCommandTest {

    @Test
    void printsItsVersion() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertEquals("topolint " + Topolint.version() + System.lineSeparator(), run.out());
    }

    @Test
    void helpNamesTheSubcommandsAndTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("check"), run.out());
        assertTrue(run.out().contains("rules"), run.out());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void checkHelpDescribesItsOptions() {
        CliRun run = CliRun.of("check", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--fail-on=SEVERITY"), run.out());
        String help = run.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("Default: fail_on of the configuration, else high."), run.out());
        assertTrue(help.contains("--config=FILE"), run.out());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithAHint() {
        CliRun run = CliRun.of("check", "--colour", CliRun.DESCRIPTOR);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("topolint: Unknown option: '--colour'"), run.err());
        assertTrue(run.err().contains("Try 'topolint check --help' for more information."), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aBadOptionValueNamesTheAcceptedOnes() {
        CliRun run = CliRun.of("check", "--format", "xml", CliRun.DESCRIPTOR);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown format 'xml'; expected one of text, json, sarif"), run.err());
        assertTrue(run.err().lines().noneMatch(line -> line.startsWith("\tat ")), run.err());
    }

    @Test
    void aMissingSubcommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required subcommand"), run.err());
    }
}
