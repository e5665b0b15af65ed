package dev.topolint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.topolint.Severity;
import dev.topolint.render.Format;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {

    @Test
    void readsASeverityInAnyCase() throws MojoExecutionException {
        assertEquals(Severity.CRITICAL, ParameterValues.severity("Critical"));
    }

    @Test
    void namesTheParameterAndTheAcceptedSeverities() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> ParameterValues.severity("hi"));

        assertEquals("Invalid failOnSeverity: unknown severity 'hi'; expected one of critical, high, medium, low, info",
                e.getMessage());
    }

    @Test
    void readsFormatsInOrderEachOnce() throws MojoExecutionException {
        assertEquals(List.of(Format.SARIF, Format.TEXT),
                ParameterValues.formats(List.of("sarif", " TEXT", "", "sarif")));
        assertEquals(List.of(), ParameterValues.formats(null));
    }

    @Test
    void namesTheParameterOfAnUnknownFormat() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ParameterValues.formats(List.of("sarif", "html")));

        assertEquals("Invalid formats: unknown format 'html'; expected one of " + Format.labels(), e.getMessage());
    }
}
