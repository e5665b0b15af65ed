package dev.topolint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {"findings", "problems", "empty"})
    void matchesTheGoldenFile(String report) {
        assertEquals(Golden.read(report + ".txt"), new TextRenderer(false, false, false).render(Reports.named(report)));
    }

    @Test
    void colourMarksOnlyTheSeverity() {
        String coloured = new TextRenderer(true, false, false).render(Reports.withFindings());

        assertEquals(Golden.read("findings.txt"), coloured.replaceAll("\u001B\\[[0-9;]*m", ""));
        assertTrue(coloured.contains(": \u001B[31mhigh\u001B[0m [plaintext-http] "), coloured);
    }

    @Test
    void quietLeavesOutTheSummary() {
        String full = Golden.read("findings.txt");

        assertEquals(full.substring(0, full.lastIndexOf("2 descriptors checked")),
                new TextRenderer(false, true, false).render(Reports.withFindings()));
    }
}
