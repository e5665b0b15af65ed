package dev.topolint.cli;

import dev.topolint.render.Format;
import java.nio.file.Path;

/**
 * One report a run writes: {@code --format sarif=build/topolint.sarif} names a format and its file;
 * {@code --format sarif} alone goes to {@code --output} or standard output.
 *
 * @param file where the report goes, or {@code null} for {@code --output} or standard output
 */
record ReportTarget(Format format, Path file) {

    /**
     * Reads {@code FORMAT} or {@code FORMAT=FILE}.
     *
     * @throws IllegalArgumentException naming the accepted formats, or saying that the file is missing
     */
    static ReportTarget parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            return new ReportTarget(Format.parse(text), null);
        }
        String file = text.substring(equals + 1);
        if (file.isBlank()) {
            throw new IllegalArgumentException("'" + text + "' names no file; write FORMAT=FILE or FORMAT alone");
        }
        return new ReportTarget(Format.parse(text.substring(0, equals)), Path.of(file));
    }
}
