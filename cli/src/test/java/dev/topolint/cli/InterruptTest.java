package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C in the middle of a run that writes {@code --output} leaves neither a report nor a temporary file. */
class InterruptTest {

    /** The exit status of a JVM stopped by SIGINT: 128 + 2. */
    private static final int INTERRUPTED = 130;
    /** Only a bound so that a broken build fails instead of hanging; the run itself waits on nothing but us. */
    private static final long PATIENCE_SECONDS = 120;

    @TempDir
    Path directory;

    @Test
    void anInterruptedRunLeavesNoPartialReport() throws IOException, InterruptedException {
        // Reading a named pipe blocks until something writes to it: the run is held after the report file is
        // reserved and before the report exists, however fast the machine.
        Path input = directory.resolve("site.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", input.toString()).start().waitFor());
        Path reports = Files.createDirectory(directory.resolve("reports"));
        Path output = reports.resolve("topolint.sarif");
        Process run = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TopolintCommand.class.getName(),
                "check", "--format", "sarif", "--output", output.toString(), input.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("run.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            while (entries(reports).isEmpty() && run.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, entries(reports).size(), "the run reserves its report file before it reads");

            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start().waitFor());

            assertTrue(run.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the run stops when interrupted");
            assertEquals(INTERRUPTED, run.exitValue());
            assertEquals(List.of(), entries(reports));
        } finally {
            run.destroyForcibly();
        }
    }

    private static List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }
}
