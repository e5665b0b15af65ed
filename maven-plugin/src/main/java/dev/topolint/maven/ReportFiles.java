package dev.topolint.maven;

import dev.topolint.Report;
import dev.topolint.ReportFile;
import dev.topolint.Topolint;
import dev.topolint.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A module's reports: one file per format, {@code topolint.<extension>}, in the output directory. */
final class ReportFiles {

    /** The extensions that differ from the format's name. */
    private static final Map<String, String> EXTENSIONS = Map.of("text", "txt", "markdown", "md");

    private ReportFiles() {
    }

    /** The file extension of a format's report, which is also the type of the attached artifact. */
    static String extension(Format format) {
        return EXTENSIONS.getOrDefault(format.label(), format.label());
    }

    /**
     * Writes the report in each format, replacing the reports of an earlier build. Every report is rendered
     * before any is written, and each is written as a {@link ReportFile}, so that a reader, or a build stopped
     * halfway, never sees half a report.
     *
     * @return the file written for each format
     */
    static Map<Format, Path> write(Report report, List<Format> formats, Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<Format, String> rendered = new EnumMap<>(Format.class);
        for (Format format : formats) {
            Report content = format == Format.MARKDOWN ? report : report.withoutDesigns();
            rendered.put(format, format.renderer(Topolint.version()).render(content));
        }
        Map<Format, Path> written = new EnumMap<>(Format.class);
        for (Map.Entry<Format, String> entry : rendered.entrySet()) {
            Path file = directory.resolve("topolint." + extension(entry.getKey()));
            try (ReportFile reportFile = ReportFile.create(file)) {
                reportFile.commit(entry.getValue());
            }
            written.put(entry.getKey(), file);
        }
        return written;
    }
}
