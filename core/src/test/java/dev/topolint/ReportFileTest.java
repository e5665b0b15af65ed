package dev.topolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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

        try (ReportFile report = ReportFile.create(file)) {
            report.commit("{}\n");
        }

        assertEquals("{}\n", Files.readString(file));
        assertEquals(List.of(file), entries(directory));
    }

    @Test
    void aReportNeverCommittedLeavesNothingBehind() throws IOException {
        Path file = directory.resolve("topolint.sarif");

        try (ReportFile report = ReportFile.create(file)) {
            assertEquals(1, entries(directory).size(), "the temporary file is reserved at once");
        }

        assertEquals(List.of(), entries(directory));
    }

    @Test
    void namesTheFileAndTheReasonWhenTheDirectoryIsMissing() throws IOException {
        Path file = directory.resolve("missing").resolve("report.json");

        IOException error = assertThrows(IOException.class, () -> ReportFile.create(file));

        assertEquals("cannot write " + file + ": the directory does not exist", error.getMessage());
        assertEquals(List.of(), entries(directory));
    }

    @Test
    void namesTheReasonWhenTheDirectoryMayNotBeWritten() {
        // The kernel refuses new files in /sys to everyone, root included, as a read-only directory refuses a user.
        Path file = Paths.get("/sys/topolint.sarif");

        IOException error = assertThrows(IOException.class, () -> ReportFile.create(file));

        assertEquals("cannot write /sys/topolint.sarif: permission denied", error.getMessage());
    }

    @Test
    void aFullDiskLeavesThePreviousReportWhole() throws IOException {
        try (FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(4096).setMaxSize(3 * 4096L).build())) {
            Path reports = Files.createDirectory(disk.getPath("/reports"));
            Path file = reports.resolve("topolint.sarif");
            Files.writeString(file, "the previous report");

            try (ReportFile report = ReportFile.create(file)) {
                IOException error = assertThrows(IOException.class, () -> report.commit("x".repeat(5 * 4096)));
                assertEquals("cannot write /reports/topolint.sarif: out of disk space", error.getMessage());
            }

            assertEquals("the previous report", Files.readString(file));
            assertEquals(List.of(file), entries(reports));
        }
    }

    private static List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }
}
