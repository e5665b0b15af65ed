package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {

    @TempDir
    Path directory;

    @Test
    void replacesTheFileAndLeavesNothingBeside() throws IOException {
        Path file = directory.resolve("topolint.sarif");
        Files.writeString(file, "an older and much longer report");

        ReportFile.write(file, "{}\n");

        assertEquals("{}\n", Files.readString(file));
        assertEquals(List.of(file), entries());
    }

    @Test
    void namesTheFileAndTheReasonWhenItCannotWrite() throws IOException {
        Path file = directory.resolve("missing").resolve("report.json");

        IOException error = assertThrows(IOException.class, () -> ReportFile.write(file, "{}\n"));

        assertEquals("cannot write " + file + ": the directory does not exist", error.getMessage());
        assertEquals(List.of(), entries());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }
}
