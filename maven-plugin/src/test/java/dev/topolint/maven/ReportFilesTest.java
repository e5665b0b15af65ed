package dev.topolint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topolint.Report;
import dev.topolint.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @Test
    void eachReportReplacesTheLastWholeAndLeavesNothingElseBehind(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("topolint.txt"), "an earlier build's report, longer than this one's");
        Report report = new Report(List.of("site.yaml"), List.of(), List.of(), List.of());

        ReportFiles.write(report, List.of(Format.TEXT, Format.MARKDOWN), directory);

        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of("topolint.md", "topolint.txt"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        assertEquals("1 descriptor checked: no findings.\n", Files.readString(directory.resolve("topolint.txt")));
        assertTrue(Files.readString(directory.resolve("topolint.md")).startsWith("# topolint report\n"));
    }
}
