package dev.topolint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {"findings", "problems", "empty"})
    void matchesTheGoldenFile(String report) {
        assertEquals(Golden.read(report + ".json"),
                new JsonRenderer(Reports.TOOL_VERSION).render(Reports.named(report)));
    }
}
