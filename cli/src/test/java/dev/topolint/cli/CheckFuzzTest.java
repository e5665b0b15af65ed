package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.topolint.DescriptorException;
import dev.topolint.Finding;
import dev.topolint.Linter;
import dev.topolint.Problem;
import dev.topolint.Report;
import dev.topolint.render.Format;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Any text, from the samples outwards, through the whole check: load, derive facts, run the rules, render every
 * format. It either gives a report or refuses the descriptor with problems, and never throws anything else. In a
 * normal build this replays the corpus; with {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}.
 */
class CheckFuzzTest {

    private static final String FILE = "fuzz.yaml";
    private static final Linter LINTER = Linter.withBuiltInRules();

    @FuzzTest(maxDuration = "30s")
    void checksOrRefusesAnyText(byte[] bytes) {
        List<Finding> findings = List.of();
        List<Problem> problems = List.of();
        try {
            findings = LINTER.check(FILE, new String(bytes, StandardCharsets.UTF_8));
        } catch (DescriptorException e) {
            problems = e.problems();
            assertFalse(problems.isEmpty(), "a refusal says why");
        }
        Report report = new Report(List.of(FILE), findings, problems, LINTER.rules());
        for (Format format : Format.values()) {
            format.renderer("fuzz").render(report);
        }
    }
}
