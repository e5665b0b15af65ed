package dev.topolint.internal.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any text, from the samples outwards: whatever the simple reader reads, it reads as SnakeYAML Engine does. In a
 * normal build this replays the corpus; with {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}.
 */
class SimpleYamlReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readsAsTheEngineDoes(byte[] bytes) {
        SimpleYamlReaderTest.agrees(new String(bytes, StandardCharsets.UTF_8));
    }
}
