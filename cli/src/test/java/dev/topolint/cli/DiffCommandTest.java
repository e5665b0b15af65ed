package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code topolint diff}: {@link CliRun#DESCRIPTOR} before a change, and after it the same host monitored, with its
 * application's port open too. The change resolves no-monitoring and introduces a second plaintext-http.
 */
class DiffCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OLD = CliRun.DESCRIPTOR;
    private static final String NEW = "src/test/resources/diff/monitored-with-app-port.yaml";
    private static final String REFORMATTED = "src/test/resources/diff/reformatted.yaml";

    private static final String INTRODUCED = ":7:42: high [plaintext-http] The site www.example.com is served in"
            + " plaintext on port 8000 of app@web-01: anyone on the path can read and alter the traffic. Serve it over"
            + " TLS and let this listener only redirect to https.\n";
    private static final String RESOLVED = ":6:5: medium [no-monitoring] Nothing monitors www.example.com: no host"
            + " runs a monitoring agent and no external check probes the site, so outages and saturation are found by"
            + " users. Install an agent that collects host metrics and server logs on every host, and add an external"
            + " check of the site.\n";

    @TempDir
    Path directory;

    @Test
    void theTextReportListsWhatTheChangeIntroducesThenWhatItResolvesThenBothCounts() {
        CliRun run = CliRun.of("diff", OLD, NEW);

        assertEquals(NEW + INTRODUCED + "Resolved:\n  " + OLD + RESOLVED
                + "1 descriptor compared: 1 finding introduced (1 high), 1 finding resolved (1 medium).\n", run.out());
        assertEquals("", run.err());
        assertEquals(1, run.exitCode(), "the introduced finding is high, the default threshold");
    }

    @Test
    void reformattingADescriptorIntroducesAndResolvesNothing() {
        CliRun run = CliRun.of("diff", OLD, REFORMATTED);

        assertEquals("1 descriptor compared: no findings introduced, no findings resolved.\n", run.out());
        assertEquals(0, run.exitCode());
    }

    @Test
    void onlyIntroducedFindingsFailTheRun() {
        CliRun reverted = CliRun.of("diff", NEW, OLD);
        assertEquals(0, reverted.exitCode(), "it introduces a medium finding and resolves a high one");
        assertEquals(OLD + RESOLVED + "Resolved:\n  " + NEW + INTRODUCED
                + "1 descriptor compared: 1 finding introduced (1 medium), 1 finding resolved (1 high).\n",
                reverted.out());

        assertEquals(1, CliRun.of("diff", "--fail-on", "medium", NEW, OLD).exitCode());
        assertEquals(0, CliRun.of("diff", "--fail-on", "critical", OLD, NEW).exitCode());
    }

    @Test
    void quietLeavesOutTheSummaryLineButNotWhatWasResolved() {
        CliRun run = CliRun.of("diff", "-q", OLD, NEW);

        assertEquals(NEW + INTRODUCED + "Resolved:\n  " + OLD + RESOLVED, run.out());
    }

    @Test
    void theJsonDocumentHoldsTheResolvedFindingsBesideTheIntroducedOnes() throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("diff", "--format", "json", OLD, NEW).out());

        assertEquals(1, report.get("findings").size());
        assertEquals("plaintext-http", report.at("/findings/0/rule").asText());
        assertEquals(NEW, report.at("/findings/0/file").asText());
        assertEquals(7, report.at("/findings/0/line").asInt());
        assertEquals(1, report.get("resolved").size());
        assertEquals("no-monitoring", report.at("/resolved/0/rule").asText());
        assertEquals("medium", report.at("/resolved/0/severity").asText());
        assertEquals("www.example.com", report.at("/resolved/0/target").asText());
        assertEquals(OLD, report.at("/resolved/0/file").asText());
        assertEquals(6, report.at("/resolved/0/line").asInt());
        assertEquals(1, report.at("/summary/findings").asInt());
        assertEquals(1, report.at("/summary/resolved").asInt());
    }

    @Test
    void sarifMarksIntroducedResultsNewAndResolvedOnesAbsent() throws IOException {
        JsonNode sarif = JSON.readTree(CliRun.of("diff", "--format", "sarif", OLD, NEW).out());

        List<String> results = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            results.add(result.get("ruleId").asText() + " " + result.get("baselineState").asText() + " "
                    + result.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + ":"
                    + result.at("/locations/0/physicalLocation/region/startLine").asInt());
        }
        assertEquals(List.of("plaintext-http new " + NEW + ":7", "no-monitoring absent " + OLD + ":6"), results);
    }

    @Test
    void markdownHasAnIntroducedAndAResolvedSection() {
        String markdown = CliRun.of("diff", "--format", "markdown", OLD, NEW).out();

        assertTrue(markdown.startsWith("# topolint report\n\n1 descriptor compared: 1 finding introduced (1 high), 1"
                + " finding resolved (1\nmedium).\n"), markdown);
        assertTrue(markdown.contains("\n## Introduced\n\n### `plaintext-http` (high)\n"), markdown);
        assertTrue(markdown.contains("\n## Resolved\n\n- `" + OLD + ":6` `no-monitoring`\n  (medium) Nothing monitors"
                + " www\\.example.com: no host runs a monitoring agent\n"), markdown);
        assertTrue(markdown.indexOf("## Introduced") < markdown.indexOf("## Resolved"));
    }

    @Test
    void everyFormatCanGoToItsOwnFile() throws IOException {
        Path sarif = directory.resolve("diff.sarif");
        Path markdown = directory.resolve("diff.md");

        CliRun run = CliRun.of("diff", "--format", "sarif=" + sarif, "--format", "markdown=" + markdown,
                "--format", "text", OLD, NEW);

        assertEquals(1, run.exitCode());
        assertEquals(CliRun.of("diff", "--format", "sarif", OLD, NEW).out(), Files.readString(sarif));
        assertEquals(CliRun.of("diff", "--format", "markdown", OLD, NEW).out(), Files.readString(markdown));
        assertTrue(run.out().endsWith("1 finding resolved (1 medium).\n"), run.out());
    }

    @Test
    void aRevisionOfAPathIsReadFromGitAndNamedAsGitShowTakesIt() throws IOException, InterruptedException {
        Path site = directory.resolve("site.yaml");
        Files.copy(Path.of(OLD), site);
        git("init", "-q");
        git("add", "site.yaml");
        git("commit", "-q", "-m", "one web host");
        Files.copy(Path.of(NEW), site, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRun run = CliRun.of("diff", "HEAD:" + site, site.toString());

        assertEquals(site + INTRODUCED + "Resolved:\n  HEAD:" + site + RESOLVED
                + "1 descriptor compared: 1 finding introduced (1 high), 1 finding resolved (1 medium).\n", run.out());
        assertEquals(1, run.exitCode());
        CliRun unchanged = CliRun.of("diff", "HEAD:" + site, "HEAD:" + site);
        assertEquals("1 descriptor compared: no findings introduced, no findings resolved.\n", unchanged.out());
    }

    @Test
    void aFileThatExistsWinsOverTheRevisionReading() throws IOException {
        Path named = Files.copy(Path.of(NEW), directory.resolve("HEAD:site.yaml"));

        CliRun run = CliRun.of("diff", OLD, named.toString());

        assertTrue(run.out().startsWith(named + INTRODUCED), run.out());
    }

    @Test
    void aRevisionThatCannotBeReadIsAOneLineUsageError() throws IOException, InterruptedException {
        Path site = Files.copy(Path.of(OLD), directory.resolve("site.yaml"));
        CliRun outsideGit = CliRun.of("diff", "HEAD:" + site, site.toString());
        assertEquals("topolint: HEAD:" + site + ": " + site + " is not in a git repository\n", outsideGit.err());
        assertEquals(2, outsideGit.exitCode());

        git("init", "-q");
        git("add", "site.yaml");
        git("commit", "-q", "-m", "one web host");
        CliRun badRevision = CliRun.of("diff", "no-such-branch:" + site, site.toString());
        assertEquals("topolint: no-such-branch:" + site + ": no such git revision 'no-such-branch'\n",
                badRevision.err());
        assertEquals(2, badRevision.exitCode());

        Path other = directory.resolve("other.yaml");
        CliRun missing = CliRun.of("diff", "HEAD:" + other, site.toString());
        assertEquals("topolint: HEAD:" + other + ": no such file at revision HEAD\n", missing.err());
        assertEquals(2, missing.exitCode());
        assertEquals("", badRevision.out() + missing.out() + outsideGit.out());

        CliRun neither = CliRun.of("diff", "no/such/file.yaml", site.toString());
        assertEquals("topolint: no/such/file.yaml: no such file, and not a REV:PATH such as"
                + " origin/main:no/such/file.yaml\n", neither.err());
        assertEquals(2, neither.exitCode());
    }

    @Test
    void anInvalidVersionIsReportedAsCheckReportsItUnderItsRevisionName() throws IOException, InterruptedException {
        Path site = Files.copy(Path.of(CliRun.INVALID_DESCRIPTOR), directory.resolve("site.yaml"));
        git("init", "-q");
        git("add", "site.yaml");
        git("commit", "-q", "-m", "a host without an id");
        Files.copy(Path.of(OLD), site, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRun run = CliRun.of("diff", "HEAD:" + site, site.toString());

        assertEquals(CliRun.of("check", CliRun.INVALID_DESCRIPTOR).err()
                .replace(CliRun.INVALID_DESCRIPTOR, "HEAD:" + site), run.err());
        assertTrue(run.err().startsWith("HEAD:" + site + ":4:5: "), run.err());
        assertEquals(3, run.exitCode());
        assertEquals("1 descriptor compared: no findings introduced, no findings resolved, 1 descriptor could not be"
                + " read.\n", run.out());
    }

    @Test
    void aRevisionIsReadAsStrictlyAsAFile() throws IOException, InterruptedException {
        Path site = directory.resolve("site.yaml");
        Files.write(site, "topolint: 1\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        git("init", "-q");
        git("add", "site.yaml");
        git("commit", "-q", "-m", "saved as Latin-1");
        Files.copy(Path.of(OLD), site, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRun run = CliRun.of("diff", "HEAD:" + site, site.toString());

        assertEquals("HEAD:" + site + ":2:10: not UTF-8 text: the byte 0xE9 here is not valid UTF-8; save the file "
                + "as UTF-8\n", run.err());
        assertEquals(3, run.exitCode());
    }

    private void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=topolint", "-c",
                "user.email=topolint@example.com", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        assertEquals(0, git.waitFor(), String.join(" ", command));
    }
}
