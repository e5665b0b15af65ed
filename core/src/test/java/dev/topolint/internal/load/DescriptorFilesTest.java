package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topolint.DescriptorException;
import dev.topolint.InputPathException;
import dev.topolint.Limits;
import dev.topolint.internal.load.DescriptorFiles.Candidate;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorFilesTest {

    private static final String DESCRIPTOR = "topolint: 1\nhosts: [{id: a}]\n";

    @TempDir
    Path directory;

    @Test
    void aDescriptorDeclaresTopolintAtTheTopLevel() {
        assertTrue(DescriptorFiles.looksLikeDescriptor("# a design\ntopolint: 1\nhosts: []\n"));
        assertTrue(DescriptorFiles.looksLikeDescriptor("{\"hosts\": [], \"topolint\": 1}"));
    }

    @Test
    void otherYamlIsNotADescriptor() {
        assertFalse(DescriptorFiles.looksLikeDescriptor("scenario: S01\nfindings: []\n"));
        assertFalse(DescriptorFiles.looksLikeDescriptor("tools:\n  topolint: 0.1.0\n"));
    }

    @Test
    void aLinkedFolderIsWalkedAndALinkBackUpIsReportedNotFollowed() throws IOException, InputPathException {
        Files.createDirectories(directory.resolve("site/nested"));
        Files.writeString(directory.resolve("site/a.yaml"), DESCRIPTOR);
        Files.writeString(directory.resolve("shared.yaml"), DESCRIPTOR);
        Files.createSymbolicLink(directory.resolve("site/nested/up"), directory.resolve("site"));
        Files.createDirectories(directory.resolve("elsewhere"));
        Files.writeString(directory.resolve("elsewhere/b.yaml"), DESCRIPTOR);
        Files.createSymbolicLink(directory.resolve("site/linked"), directory.resolve("elsewhere"));

        List<Candidate> found = DescriptorFiles.expand(List.of(directory.resolve("site")));

        assertEquals(List.of(
                        new Candidate(directory.resolve("site/a.yaml"), false, null),
                        new Candidate(directory.resolve("site/linked/b.yaml"), false, null),
                        new Candidate(directory.resolve("site/nested/up"), false,
                                "a symbolic link to a folder that contains it; not followed")),
                found);
    }

    @Test
    void hiddenFoldersAreNotWalked() throws IOException, InputPathException {
        Files.createDirectories(directory.resolve(".git"));
        Files.writeString(directory.resolve(".git/config.yaml"), DESCRIPTOR);
        Files.writeString(directory.resolve("a.yaml"), DESCRIPTOR);

        assertEquals(List.of(new Candidate(directory.resolve("a.yaml"), false, null)),
                DescriptorFiles.expand(List.of(directory)));
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() {
        InputPathException error = assertThrows(InputPathException.class,
                () -> DescriptorFiles.expand(List.of(Paths.get("no/such/site.yaml"))));
        assertEquals("no/such/site.yaml: no such file or directory", error.getMessage());
    }

    @Test
    void aHundredMegabyteFileIsRefusedByItsSizeBeforeItIsRead() throws IOException {
        Path file = directory.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L * 1024 * 1024);
        }
        assertEquals(file + ": the file is 104,857,600 bytes, more than the 67,108,864 topolint reads; "
                + "-Dtopolint.maxFileBytes changes the limit", readProblem(file, Limits.DEFAULTS));
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithTheReason() throws IOException {
        // The kernel answers every read of this file with EIO, whoever asks: even root cannot read it.
        Path file = directory.resolve("memory.yaml");
        Files.createSymbolicLink(file, Paths.get("/proc/self/mem"));

        assertEquals(file + ": cannot read: Input/output error", readProblem(file, Limits.DEFAULTS));
    }

    @Test
    void readsUtf8WithoutItsByteOrderMark() throws IOException, DescriptorException {
        Path file = directory.resolve("bom.yaml");
        Files.writeString(file, "\uFEFF" + DESCRIPTOR);

        assertEquals(DESCRIPTOR, DescriptorFiles.read(new Candidate(file, true, null), Limits.DEFAULTS));
    }

    @Test
    void readsAFileOfManySlicesWhole() throws IOException, DescriptorException {
        Path file = directory.resolve("large.yaml");
        String text = DESCRIPTOR + "# " + "padding ".repeat(400_000) + "\n";
        Files.writeString(file, text);

        assertEquals(text, DescriptorFiles.read(new Candidate(file, true, null), Limits.DEFAULTS));
    }

    @Test
    void aFileWithoutASizeIsReadToItsEndAndNoFurtherThanTheLimit() throws DescriptorException {
        // The kernel gives files under /proc a size of 0, as a pipe has none: what is read is what counts.
        Path status = Paths.get("/proc/self/status");

        assertTrue(DescriptorFiles.read(new Candidate(status, true, null), Limits.DEFAULTS).startsWith("Name:"));
        assertTrue(readProblem(status, new Limits(16, 64, 4096, 50, 1_000_000)).contains("more than 16 bytes"));
    }

    private static String readProblem(Path file, Limits limits) {
        DescriptorException error = assertThrows(DescriptorException.class,
                () -> DescriptorFiles.read(new Candidate(file, true, null), limits));
        return error.problems().get(0).describe();
    }
}
