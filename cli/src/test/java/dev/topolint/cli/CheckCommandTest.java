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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs against the real rule catalogue and a small descriptor served in plaintext. */
class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void aMissingPathIsAUsageError() {
        CliRun run = CliRun.of("check", "no/such/descriptor.yaml");

        assertEquals(2, run.exitCode());
        assertEquals("topolint: no/such/descriptor.yaml: no such file or directory" + System.lineSeparator(),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void aPlaintextSiteFailsAtTheDefaultThreshold() {
        CliRun run = CliRun.of("check", CliRun.DESCRIPTOR);

        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("1 descriptor checked: \\d+ findings? \\(.*\\)\\."), run.out());
        assertTrue(lines.subList(0, lines.size() - 1).stream()
                .allMatch(line -> line.startsWith(CliRun.DESCRIPTOR + ":")), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif"})
    void writesWellFormedJson(String format) throws IOException {
        CliRun run = CliRun.of("check", "--format", format, CliRun.DESCRIPTOR);

        assertEquals(1, run.exitCode(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertTrue(report.isObject());
        assertFalse(report.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void twoRunsPrintTheSameBytes(String format) {
        CliRun first = CliRun.of("check", "--format", format, CliRun.DESCRIPTOR);
        CliRun second = CliRun.of("check", "--format", format, CliRun.DESCRIPTOR);

        assertFalse(first.out().isEmpty());
        assertEquals(first, second);
    }

    @Test
    void theThresholdDecidesTheExitCode() {
        assertEquals(0, CliRun.of("check", "--fail-on", "critical", CliRun.DESCRIPTOR).exitCode());
        assertEquals(1, CliRun.of("check", "--fail-on", "HIGH", CliRun.DESCRIPTOR).exitCode());
        assertEquals(1, CliRun.of("check", "--fail-on", "info", CliRun.DESCRIPTOR).exitCode());
    }

    @Test
    void anInvalidDescriptorGoesToStderrAndExitsWith3InEveryFormat() {
        String problem = Pattern.quote(CliRun.INVALID_DESCRIPTOR) + ":\\d+:\\d+: .+";
        for (String format : List.of("text", "json", "sarif")) {
            CliRun run = CliRun.of("check", "--format", format, CliRun.INVALID_DESCRIPTOR, CliRun.DESCRIPTOR);

            assertEquals(3, run.exitCode(), format);
            assertFalse(run.err().isEmpty(), format);
            assertTrue(run.err().lines().allMatch(line -> line.matches(problem)), run.err());
            assertFalse(run.out().isEmpty(), format);
        }
    }

    @Test
    void writesTheReportToTheOutputFile() throws IOException {
        Path file = directory.resolve("topolint.sarif");
        CliRun printed = CliRun.of("check", "--format", "sarif", CliRun.DESCRIPTOR);

        CliRun written = CliRun.of("check", "--format", "sarif", "--output", file.toString(), CliRun.DESCRIPTOR);

        assertEquals(printed.exitCode(), written.exitCode());
        assertEquals("", written.out());
        assertEquals(printed.out(), Files.readString(file));
        try (Stream<Path> entries = Files.list(directory)) {
            assertEquals(List.of(file), entries.toList());
        }
    }

    @Test
    void anUnwritableOutputIsAUsageError() {
        Path file = directory.resolve("missing").resolve("report.json");

        CliRun run = CliRun.of("check", "--format", "json", "--output", file.toString(), CliRun.DESCRIPTOR);

        assertEquals(2, run.exitCode());
        assertEquals("topolint: cannot write " + file + ": the directory does not exist" + System.lineSeparator(),
                run.err());
    }

    @Test
    void writesEveryFormatToItsOwnFileFromOneRun() throws IOException {
        Path sarif = directory.resolve("topolint.sarif");
        Path markdown = directory.resolve("topolint.md");

        CliRun run = CliRun.of("check", "--format", "sarif=" + sarif, "--format", "markdown=" + markdown,
                "--format", "text", CliRun.DESCRIPTOR);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(CliRun.of("check", "--format", "sarif", CliRun.DESCRIPTOR).out(), Files.readString(sarif));
        assertEquals(CliRun.of("check", "--format", "markdown", CliRun.DESCRIPTOR).out(), Files.readString(markdown));
        assertEquals(CliRun.of("check", CliRun.DESCRIPTOR).out(), run.out());
    }

    @Test
    void twoFormatsWithoutAFileAreAUsageErrorAndWriteNothing() throws IOException {
        Path markdown = directory.resolve("topolint.md");

        CliRun run = CliRun.of("check", "--format", "text", "--format", "json", "--format", "markdown=" + markdown,
                CliRun.DESCRIPTOR);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("topolint: only one --format can go to standard output;"), run.err());
        assertFalse(Files.exists(markdown));
    }

    @Test
    void oneFileForTwoReportsIsAUsageError() {
        Path file = directory.resolve("report");

        CliRun run = CliRun.of("check", "--format", "sarif=" + file, "--format", "json", "--output", file.toString(),
                CliRun.DESCRIPTOR);

        assertEquals(2, run.exitCode());
        assertEquals("topolint: two reports would be written to " + file, run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aFormatWithAnEmptyFileIsAUsageError() {
        CliRun run = CliRun.of("check", "--format", "sarif=", CliRun.DESCRIPTOR);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'sarif=' names no file"), run.err());
    }

    @Test
    void quietPrintsTheFindingsOnly() {
        CliRun run = CliRun.of("check", "--quiet", CliRun.DESCRIPTOR);

        assertFalse(run.out().isEmpty());
        assertTrue(run.out().lines().allMatch(line -> line.startsWith(CliRun.DESCRIPTOR + ":")), run.out());
    }

    @Test
    void theCategoryBecomesTheRunsAutomationId() throws IOException {
        CliRun run = CliRun.of("check", "--format", "sarif", "--category", "topology/production", CliRun.DESCRIPTOR);

        assertEquals("topology/production/",
                JSON.readTree(run.out()).at("/runs/0/automationDetails/id").asText());
    }

    @Test
    void theRuleDocsUrlIsEveryRulesHelpUri() throws IOException {
        CliRun run = CliRun.of("check", "--format", "sarif", "--rule-docs-url", "https://docs.example/{category}/{id}",
                CliRun.DESCRIPTOR);

        for (JsonNode rule : JSON.readTree(run.out()).at("/runs/0/tool/driver/rules")) {
            assertTrue(rule.get("helpUri").asText().matches("https://docs\\.example/[a-z]+/" + rule.get("id").asText()),
                    rule.toString());
        }
    }
}
