package dev.topolint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.topolint.Severity;
import dev.topolint.render.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {

    @Test
    void readsASeverityInAnyCase() throws StopException {
        assertEquals(Severity.CRITICAL, ParameterValues.severity("Critical"));
    }

    @Test
    void namesTheParameterAndTheAcceptedSeverities() {
        StopException e = assertThrows(StopException.class, () -> ParameterValues.severity("hi"));

        assertEquals("Invalid failOnSeverity: unknown severity 'hi'; expected one of critical, high, medium, low, info",
                e.getMessage());
    }

    @Test
    void readsFormatsInOrderEachOnce() throws StopException {
        assertEquals(List.of(Format.SARIF, Format.TEXT),
                ParameterValues.formats(List.of("sarif", " TEXT", "", "sarif")));
        assertEquals(List.of(), ParameterValues.formats(null));
    }

    @Test
    void namesTheParameterOfAnUnknownFormat() {
        StopException e = assertThrows(StopException.class,
                () -> ParameterValues.formats(List.of("sarif", "html")));

        assertEquals("Invalid formats: unknown format 'html'; expected one of " + Format.labels(), e.getMessage());
    }
}
