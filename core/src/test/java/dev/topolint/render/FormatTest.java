package dev.topolint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FormatTest {

    @ParameterizedTest
    @EnumSource(Format.class)
    void equalReportsRenderToIdenticalText(Format format) {
        for (String name : new String[] {"findings", "problems", "empty"}) {
            String first = format.renderer(Reports.TOOL_VERSION).render(Reports.named(name));
            String second = format.renderer(Reports.TOOL_VERSION).render(Reports.named(name));
            assertEquals(first, second, name);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void linesEndWithNewlineOnly(Format format) {
        String text = format.renderer(Reports.TOOL_VERSION).render(Reports.withFindings());
        assertTrue(text.endsWith("\n"));
        assertFalse(text.contains("\r"));
    }

    @Test
    void parsesTheCommandLineSpelling() {
        assertEquals(Format.SARIF, Format.parse("sarif"));
        assertEquals(Format.JSON, Format.parse(" JSON "));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Format.parse("xml"));
        assertEquals("unknown format 'xml'; expected one of text, json, sarif, markdown", error.getMessage());
    }
}
