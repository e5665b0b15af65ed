package dev.topolint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The design summary of each sample in {@code designs/} is exactly the text written there by hand: every
 * statement a reviewer checked against the descriptor and the ALX questions it answers. The issues that follow
 * the summary are the findings, which {@link SamplesTest} already holds to account.
 */
class DesignSummaryTest {

    private static final Path DESIGNS = Path.of("designs");

    private static List<Path> summaries() {
        try (Stream<Path> files = Files.list(DESIGNS)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everySummaryIsTheOneWrittenForItsSample() {
        return summaries().stream().map(expected -> {
            String descriptor = expected.getFileName().toString().replace(".txt", ".yaml");
            return DynamicTest.dynamicTest(descriptor, () -> {
                CliRun run = CliRun.of("explain-design", descriptor);
                assertEquals("", run.err());
                assertEquals(0, run.exitCode());
                String summary = run.out().substring(0, run.out().indexOf("\n\nIssues\n") + 1);
                assertEquals(Files.readString(expected, StandardCharsets.UTF_8), summary);
            });
        });
    }
}
