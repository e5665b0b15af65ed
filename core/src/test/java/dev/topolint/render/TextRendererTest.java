package dev.topolint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {"findings", "problems", "empty"})
    void matchesTheGoldenFile(String report) {
        assertEquals(Golden.read(report + ".txt"), new TextRenderer().render(Reports.named(report)));
    }
}
