package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topolint.RuleInfo;
import dev.topolint.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    @Test
    void alignsTheColumns() {
        List<RuleInfo> rules = List.of(
                new RuleInfo("no-monitoring", "A host has no monitoring", Severity.LOW, "observability", "0.1.0",
                        List.of(), ""),
                new RuleInfo("spof-db-writer", "One database server takes every write", Severity.CRITICAL,
                        "availability", "0.1.0", List.of(), ""));

        assertEquals("""
                no-monitoring   low       observability  A host has no monitoring
                spof-db-writer  critical  availability   One database server takes every write
                """, RulesCommand.table(rules));
    }

    @Test
    void listsTheCatalogueById() {
        CliRun run = CliRun.of("rules");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertFalse(lines.isEmpty());
        List<String> ids = lines.stream().map(line -> line.substring(0, line.indexOf(' '))).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertTrue(lines.stream().allMatch(line -> line.split(" {2,}").length == 4), run.out());
    }
}
