package dev.topolint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topolint.DescriptorException;
import dev.topolint.Finding;
import dev.topolint.Linter;
import dev.topolint.Report;
import dev.topolint.cli.CliRun;
import dev.topolint.render.Format;
import dev.topolint.render.SarifSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SARIF and Markdown reports of the samples. Every sample's reports are written to {@code target/reports},
 * where the build's third-party validators read them; three samples are pinned down by hand-written files.
 */
class SampleReportsTest {

    /** Where {@code .ci/run} finds the reports to validate. */
    static final Path REPORTS = Path.of("target", "reports");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> samples() {
        try (Stream<Path> files = Files.list(Path.of("."))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.endsWith(".expected.yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleGetsASchemaValidSarifAndAMarkdownReportFromOneRun() throws IOException {
        Files.createDirectories(REPORTS);
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample, () -> {
            Path sarif = REPORTS.resolve(sample + ".sarif");
            Path markdown = REPORTS.resolve(sample + ".md");
            CliRun run = CliRun.of("check", "--format", "sarif=" + sarif, "--format", "markdown=" + markdown,
                    "--category", "topology", sample + ".yaml");

            assertEquals("", run.out() + run.err());
            assertEquals(Set.of(), SarifSchema.violations(Files.readString(sarif)));
            assertTrue(Files.readString(markdown).contains("```mermaid\nflowchart LR\n"));
        }));
    }

    @Test
    void theReportOfTheWholeFolderHoldsEveryDesignOnceAndGoesToTheValidatorsToo() throws IOException {
        Files.createDirectories(REPORTS);
        Path sarif = REPORTS.resolve("all-samples.sarif");
        Path markdown = REPORTS.resolve("all-samples.md");
        CliRun run = CliRun.of("check", "--format", "sarif=" + sarif, "--format", "markdown=" + markdown, ".");

        assertEquals("", run.out() + run.err());
        String text = Files.readString(markdown);
        for (String sample : samples()) {
            assertTrue(text.contains("\n## Design of `./" + sample + ".yaml`\n"), sample);
        }
        assertEquals(samples().size(), text.split("\n## Design of ", -1).length - 1);
    }

    /** Task 1 remedied, as a pull request would change it: its diff reports go to the validators too. */
    @Test
    void theDiffReportsOfARemedyGoToTheValidatorsToo() throws IOException {
        Files.createDirectories(REPORTS);
        Path sarif = REPORTS.resolve("diff-alx-1-remedied.sarif");
        Path markdown = REPORTS.resolve("diff-alx-1-remedied.md");
        CliRun run = CliRun.of("diff", "--format", "sarif=" + sarif, "--format", "markdown=" + markdown,
                "--category", "topology", "alx-1-distributed.yaml", "alx-1-remedied.yaml");

        assertEquals("", run.out() + run.err());
        assertEquals(0, run.exitCode(), "the remedy introduces one info finding and resolves the rest");
        assertEquals(Set.of(), SarifSchema.violations(Files.readString(sarif)));
        List<String> states = new ArrayList<>();
        JSON.readTree(sarif.toFile()).at("/runs/0/results").forEach(result -> states.add(
                result.get("ruleId").asText() + " " + result.get("baselineState").asText()));
        // The co-located databases are kept by the remedy, so their findings are neither new nor gone.
        assertEquals(List.of("write-scaling-limit new", "no-monitoring absent", "spof-lb absent",
                "plaintext-http absent", "no-firewall absent", "no-firewall absent", "no-firewall absent",
                "spof-db-writer absent"), states);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alx-0-simple-web-stack", "alx-2-secured-and-monitored", "replica-takes-writes"})
    void theSarifResultsAreTheHandWrittenOnes(String sample) throws IOException {
        JsonNode sarif = JSON.readTree(CliRun.of("check", "--format", "sarif", sample + ".yaml").out());

        List<String> results = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            results.add(SarifDigest.of(result, sarif.at("/runs/0/tool/driver/rules")));
        }
        assertEquals(Files.readString(GOLDEN.resolve(sample + ".sarif.txt")), String.join("\n", results) + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alx-0-simple-web-stack", "alx-2-secured-and-monitored", "replica-takes-writes"})
    void theMarkdownDiagramIsTheHandWrittenOne(String sample) throws IOException {
        String markdown = CliRun.of("check", "--format", "markdown", sample + ".yaml").out();

        String diagram = markdown.substring(markdown.indexOf("## Topology of"));
        assertEquals(Files.readString(GOLDEN.resolve(sample + ".diagram.md")), diagram);
    }

    @Test
    void theMarkdownOfTheSimpleWebStackIsTheHandWrittenOne() throws IOException {
        assertEquals(Files.readString(GOLDEN.resolve("alx-0-simple-web-stack.md")),
                CliRun.of("check", "--format", "markdown", "alx-0-simple-web-stack.yaml").out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sarif", "markdown"})
    void twoRunsGiveByteIdenticalReports(String format) {
        CliRun first = CliRun.of("check", "--format", format, "--category", "topology", ".");
        CliRun second = CliRun.of("check", "--format", format, "--category", "topology", ".");

        assertTrue(first.out().length() > 1000);
        assertEquals(first, second);
    }

    /**
     * The same design written another way (sections and hosts reordered, flow and block styles swapped, lines
     * inserted) moves every finding but keeps every fingerprint, so code scanning opens no new alert.
     */
    @Test
    void reformattingADescriptorKeepsEveryFingerprint() throws IOException, DescriptorException {
        String file = "alx-2-secured-and-monitored.yaml";
        String original = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        // Not named .yaml: the samples folder is checked as a whole, and this copy is no sample of its own.
        String reformatted = Files.readString(Path.of("src", "test", "resources", "reformatted",
                "alx-2-secured-and-monitored.txt"));

        JsonNode before = sarif(file, original);
        JsonNode after = sarif(file, reformatted);

        assertEquals(fingerprints(before), fingerprints(after));
        assertEquals(5, fingerprints(before).size(), "every finding has its own fingerprint");
        assertNotEquals(lines(before), lines(after), "the findings moved");
    }

    private static JsonNode sarif(String file, String text) throws IOException, DescriptorException {
        Linter linter = Linter.withBuiltInRules();
        List<Finding> findings = linter.check(file, text);
        Report report = new Report(List.of(file), findings, List.of(), linter.rules());
        return JSON.readTree(Format.SARIF.renderer("0.0.0").render(report));
    }

    private static Set<String> fingerprints(JsonNode sarif) {
        Set<String> fingerprints = new java.util.TreeSet<>();
        sarif.at("/runs/0/results").forEach(result -> fingerprints.add(result.get("ruleId").asText() + " "
                + result.at("/partialFingerprints/topolint~1v1").asText()));
        return fingerprints;
    }

    private static String lines(JsonNode sarif) {
        List<String> lines = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(result -> lines.add(
                result.at("/locations/0/physicalLocation/region/startLine").asText()));
        return lines.stream().sorted().collect(Collectors.joining(","));
    }
}
