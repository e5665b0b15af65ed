package dev.topolint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topolint.cli.CliRun;
import dev.topolint.render.SarifSchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every sample gives exactly the findings declared beside it in {@code <sample>.expected.yaml}: a missing
 * finding, an extra one, a wrong target or a wrong line fails. The samples are checked through the command
 * line, the way a user runs topolint.
 */
class SamplesTest {

    /** The samples folder, as the module's tests see it. */
    private static final Path SAMPLES = Path.of(".");
    private static final String EXPECTED = ".expected.yaml";

    private static List<Path> expectations() {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(EXPECTED)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleGivesExactlyItsExpectedFindings() {
        return expectations().stream().map(expectation -> {
            String name = expectation.getFileName().toString();
            Path descriptor = SAMPLES.resolve(name.replace(EXPECTED, ".yaml"));
            return DynamicTest.dynamicTest(descriptor.getFileName().toString(), () -> {
                CliRun run = CliRun.of("check", "--format", "json", descriptor.toString());
                assertEquals("", run.err(), "the sample is a valid descriptor");
                assertEquals(expected(expectation), actual(run.out()));
            });
        });
    }

    @Test
    void checkingTheFolderChecksEverySampleAndFailsOnTheirHighFindings() throws IOException {
        CliRun run = CliRun.of("check", "--format", "json", SAMPLES.toString());

        assertEquals(1, run.exitCode());
        JsonNode summary = new ObjectMapper().readTree(run.out()).get("summary");
        assertEquals(expectations().size(), summary.get("descriptors").asInt(), "expectation files are skipped");
        assertEquals(0, summary.get("problems").asInt());
    }

    @Test
    void theSarifOfTheSamplesIsValidSarif210() {
        CliRun run = CliRun.of("check", "--format", "sarif", SAMPLES.toString());

        assertEquals(Set.of(), SarifSchema.violations(run.out()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void twoRunsGiveByteIdenticalReports(String format) {
        CliRun first = CliRun.of("check", "--format", format, SAMPLES.toString());
        CliRun second = CliRun.of("check", "--format", format, SAMPLES.toString());

        assertTrue(first.out().length() > 100, "a report was written");
        assertEquals(first.out(), second.out());
        assertEquals(first.exitCode(), second.exitCode());
    }

    @SuppressWarnings("unchecked")
    private static List<String> expected(Path expectation) throws IOException {
        Map<String, Object> document = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(expectation));
        List<String> findings = new ArrayList<>();
        for (Map<String, Object> finding : (List<Map<String, Object>>) document.get("findings")) {
            findings.add(key((String) finding.get("rule"), (String) finding.get("target"), (Integer) finding.get("line")));
        }
        return findings.stream().sorted().toList();
    }

    private static List<String> actual(String json) throws IOException {
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : new ObjectMapper().readTree(json).get("findings")) {
            findings.add(key(finding.get("rule").asText(), finding.get("target").asText(), finding.get("line").asInt()));
        }
        return findings.stream().sorted().toList();
    }

    private static String key(String rule, String target, int line) {
        return rule + "(" + target + ")@" + line;
    }
}
