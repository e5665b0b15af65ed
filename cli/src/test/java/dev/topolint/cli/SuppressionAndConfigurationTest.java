package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repository with a configuration file and suppressions, checked through the command line. */
class SuppressionAndConfigurationTest {

    @TempDir
    private Path repository;
    private Path site;

    @BeforeEach
    void aRepositoryWithOneDescriptor() throws IOException {
        Files.createDirectory(repository.resolve(".git"));
        site = Files.createDirectories(repository.resolve("topology")).resolve("site.yaml");
    }

    private void descriptor(String ignore) throws IOException {
        Files.writeString(site, Files.readString(Path.of(CliRun.DESCRIPTOR))
                .replace("  - id: web-01\n", ignore + "  - id: web-01\n"));
    }

    private void configuration(String text) throws IOException {
        Files.writeString(repository.resolve(".topolint.yaml"), "topolint-config: 1\n" + text);
    }

    private List<String> rules(CliRun run) throws IOException {
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        return StreamSupport.stream(findings.spliterator(), false)
                .map(finding -> finding.get("rule").asText() + " " + finding.get("severity").asText()).toList();
    }

    @Test
    void theConfigurationFoundAboveTheDescriptorSwitchesRulesOffSetsSeveritiesAndTheThreshold() throws IOException {
        descriptor("");
        configuration("""
                fail_on: critical
                rules:
                  no-monitoring: {enabled: false}
                  plaintext-http: {severity: medium}
                """);
        CliRun run = CliRun.of("check", "--format", "json", site.toString());

        assertEquals(0, run.exitCode(), "nothing is critical: " + run.err());
        assertEquals(List.of("no-horizontal-scaling medium", "maintenance-downtime medium", "no-firewall high",
                "spof-host high", "plaintext-http medium"), rules(run));
        assertEquals(1, CliRun.of("check", "--fail-on", "high", site.toString()).exitCode(), "the option wins");
    }

    @Test
    void aCommentAboveTheHostAcceptsItsFindingOnTheRecord() throws IOException {
        descriptor("  # topolint:ignore spof-host reason=\"a second host is ordered\" until=2999-12-31 ticket=OPS-7\n");
        CliRun text = CliRun.of("check", site.toString());

        assertFalse(text.out().contains("[spof-host]"), text.out());
        assertTrue(text.out().endsWith("1 descriptor checked: 5 findings (2 high, 3 medium), 1 suppressed.\n"),
                text.out());

        CliRun listed = CliRun.of("check", "--show-suppressed", site.toString());
        assertTrue(listed.out().endsWith("Suppressed:\n  " + site + ":12:5: high [spof-host] accepted: a second "
                + "host is ordered (OPS-7); accepted until 2999-12-31\n"
                + "1 descriptor checked: 5 findings (2 high, 3 medium), 1 suppressed.\n"), listed.out());

        // List items wrap at 80 columns: their continuation lines are joined back for the comparison.
        String markdown = CliRun.of("check", "--format", "markdown", site.toString()).out().replace("\n  ", " ");
        assertTrue(markdown.contains("\n## Suppressed findings\n\n- `" + site + ":12` `spof-host` (high) on web-01,"
                + " accepted: a second host is ordered (OPS-7); accepted until 2999-12-31\n"), markdown);

        JsonNode sarif = new ObjectMapper().readTree(CliRun.of("check", "--format", "sarif", site.toString()).out());
        JsonNode suppressed = StreamSupport.stream(sarif.at("/runs/0/results").spliterator(), false)
                .filter(result -> result.has("suppressions")).toList().get(0);
        assertEquals("spof-host", suppressed.get("ruleId").asText());
        assertEquals("inSource", suppressed.at("/suppressions/0/kind").asText());
        assertEquals("accepted", suppressed.at("/suppressions/0/status").asText());
        assertEquals("a second host is ordered (OPS-7); accepted until 2999-12-31",
                suppressed.at("/suppressions/0/justification").asText());
    }

    @Test
    void anExpiredSuppressionStopsSuppressingAndSaysSo() throws IOException {
        descriptor("  # topolint:ignore spof-host reason=\"a second host is ordered\" until=2020-01-31\n");
        CliRun run = CliRun.of("check", site.toString());

        assertTrue(run.out().contains(site + ":11:3: low [expired-suppression] The suppression of spof-host expired "
                + "on 2020-01-31 (reason: a second host is ordered)"), run.out());
        assertTrue(run.out().contains(site + ":12:5: high [spof-host] "), run.out());
    }

    @Test
    void aConfiguredSuppressionThatMatchesNothingIsReportedWhereItIsWritten() throws IOException {
        descriptor("");
        configuration("""
                suppress:
                  - {rule: no-firewall, target: web-01, reason: "the provider's firewall", ticket: OPS-9}
                  - {rule: spof-lb, target: lb, reason: "a second LB is ordered"}
                """);
        CliRun run = CliRun.of("check", site.toString());

        String configuration = repository.resolve(".topolint.yaml").toString();
        assertFalse(run.out().contains("[no-firewall]"), run.out());
        assertTrue(run.out().startsWith(configuration + ":4:5: low [unused-suppression] The suppression of spof-lb on"
                + " lb matches no finding."), run.out());
    }

    @Test
    void withInlineSuppressionsDisallowedACommentSilencesNothingAndIsReported() throws IOException {
        descriptor("  # topolint:ignore spof-host reason=\"a second host is ordered\"\n");
        CliRun run = CliRun.of("check", "--disallow-inline-suppressions", site.toString());

        assertTrue(run.out().contains(site + ":11:3: low [invalid-suppression] This suppression silences nothing: "
                + "suppressions in the descriptor are not allowed in this run"), run.out());
        assertTrue(run.out().contains("[spof-host]"), run.out());
    }

    @Test
    void aMistakeInTheConfigurationIsAConfigurationErrorAtItsPosition() throws IOException {
        descriptor("");
        configuration("rules:\n  spof-everything: {enabled: false}\n");
        CliRun unknownRule = CliRun.of("check", site.toString());
        String configuration = repository.resolve(".topolint.yaml").toString();
        assertEquals(2, unknownRule.exitCode());
        assertEquals("topolint: " + configuration + ":3:3: unknown rule 'spof-everything'; 'topolint rules' lists "
                + "them\n", unknownRule.err());

        configuration("fail_on: severe\n");
        CliRun badValue = CliRun.of("check", site.toString());
        assertEquals(2, badValue.exitCode());
        assertTrue(badValue.err().startsWith("topolint: " + configuration + ":2:10: "), badValue.err());
        assertEquals("", badValue.out());
    }

    @Test
    void aComponentAcceptsAFindingAboutItselfWhereverItMoves() throws IOException {
        descriptor("");
        String address = "    public_ip: 203.0.113.10\n";
        String accepted = Files.readString(site).replace(address, address
                + "    suppress: [{rule: no-firewall, reason: \"the provider's firewall\", until: 2999-12-31}]\n");
        Files.writeString(site, accepted);
        CliRun run = CliRun.of("check", "--show-suppressed", site.toString());
        assertTrue(run.out().contains("Suppressed:\n  " + site + ":11:5: high [no-firewall] accepted: the provider's "
                + "firewall; accepted until 2999-12-31\n"), run.out());

        // The same host, moved down the file behind a comment and written in flow style: still accepted.
        Files.writeString(site, accepted.substring(0, accepted.indexOf("hosts:")) + "# moved\n\n" + """
                hosts:
                  - {id: web-01, public_ip: 203.0.113.10,
                     services: [{type: web, software: nginx, listen: [{port: 80}]}],
                     suppress: [{rule: no-firewall, reason: "the provider's firewall", until: 2999-12-31}]}
                """);
        CliRun moved = CliRun.of("check", site.toString());
        assertFalse(moved.out().contains("[no-firewall]"), moved.out());
        assertTrue(moved.out().endsWith(", 1 suppressed.\n"), moved.out());
    }
}
