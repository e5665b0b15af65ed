package dev.topolint;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A report on its way to its file. A CI step that uploads the file must never see half a report, from
 * this run or from one that was stopped: the report is written to a temporary file beside the output, forced to
 * disk, then renamed over it in one step. The temporary file is created when the report file is, which a run can
 * do before its check starts, so that an output that cannot be written stops it at once; a shutdown hook deletes
 * the temporary file when the run is interrupted (Ctrl-C, {@code kill}) before the report is complete.
 */
public final class ReportFile implements AutoCloseable {

    private final Path file;
    private final Path temporary;
    private final Thread cleanup;

    private ReportFile(Path file, Path temporary) {
        this.file = file;
        this.temporary = temporary;
        this.cleanup = new Thread(this::deleteTemporary, "topolint-report-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Reserves the temporary file beside {@code file}.
     *
     * @throws IOException with a message that names the file and the reason, ready to show as is
     */
    public static ReportFile create(Path file) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        // The hook is in place before the file exists: an interrupt between the two must not leave it behind.
        ReportFile report = new ReportFile(file, temporary);
        try {
            Files.createFile(temporary);
        } catch (IOException e) {
            report.close();
            throw failure(file, e);
        }
        return report;
    }

    /**
     * Writes the report and renames it over the file. On failure the file keeps what it held before.
     *
     * @throws IOException with a message that names the file and the reason, ready to show as is
     */
    public void commit(String report) throws IOException {
        try {
            try (FileChannel channel = FileChannel.open(temporary, WRITE, TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(report.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, file, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** Deletes the temporary file, if it was not renamed, and the shutdown hook that would have. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it deletes the file.
        }
        deleteTemporary();
    }

    private void deleteTemporary() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more can be done: the name starts with a dot and ends in .tmp, so no tool takes it for a report.
        }
    }

    private static IOException failure(Path file, IOException e) {
        return new IOException("cannot write " + file + ": " + reason(e), e);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the directory does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return e.getMessage();
    }
}
