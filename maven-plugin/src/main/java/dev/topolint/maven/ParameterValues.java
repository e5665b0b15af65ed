package dev.topolint.maven;

import dev.topolint.Severity;
import dev.topolint.render.Format;
import java.util.List;

/** Reads the parameters that Maven hands over as text, naming the parameter and the accepted values when wrong. */
final class ParameterValues {

    private ParameterValues() {
    }

    static Severity severity(String failOnSeverity) throws StopException {
        try {
            return Severity.parse(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw StopException.error("Invalid failOnSeverity: " + e.getMessage(), e);
        }
    }

    /** The formats in the order given, each once; none when the list is empty. */
    static List<Format> formats(List<String> formats) throws StopException {
        try {
            return formats == null ? List.of()
                    : formats.stream().filter(format -> !format.isBlank()).map(Format::parse).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw StopException.error("Invalid formats: " + e.getMessage(), e);
        }
    }
}
