package dev.topolint.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Runs the goal's check in a JVM of its own, started as the command line starts one: the C1 compiler alone, the
 * parallel collector with a young generation of 64 MB, and a class-data archive. In Maven's JVM the check loads and
 * verifies its classes from the plugin's jars and compiles them with both compilers, which costs a build more than
 * the check itself; a JVM of its own maps them from the archive and starts checking at once.
 *
 * <p>The check is handed over and back as a {@link CheckRequest} and an {@link Outcome} in files. The JVM is the
 * one running Maven, and its working directory Maven's, so that paths and file names come out the same.
 */
public final class ForkedCheck {

    private static final ObjectInputFilter OWN_VALUES =
            ObjectInputFilter.Config.createFilter("maxdepth=8;dev.topolint.maven.*;java.lang.*;java.util.*;!*");

    private final List<Path> classpath;
    private final ClassArchive archive;

    /**
     * @param classpath the plugin's jars, which the check runs from
     * @param archiveDirectory where the class archives are kept, or null to run without one; without one too
     *     when the class path holds a directory
     */
    ForkedCheck(List<Path> classpath, Path archiveDirectory) {
        this.classpath = List.copyOf(classpath);
        // A class-data archive holds classes from jars only.
        this.archive = archiveDirectory == null || classpath.stream().anyMatch(Files::isDirectory) ? null
                : ClassArchive.in(archiveDirectory, classpath);
    }

    /** The check's outcome; what the JVM wrote besides, such as a warning of the JVM's own, is logged first. */
    Outcome run(CheckRequest request) throws StopException {
        Path exchange;
        try {
            exchange = Files.createTempDirectory("topolint-check");
        } catch (IOException e) {
            throw StopException.error("Cannot create a temporary directory for the topolint check: " + e, e);
        }
        try {
            return run(request, exchange);
        } finally {
            delete(exchange);
        }
    }

    private Outcome run(CheckRequest request, Path exchange) throws StopException {
        Path requestFile = exchange.resolve("request");
        Path outcomeFile = exchange.resolve("outcome");
        Path output = exchange.resolve("output");
        Path recording = null;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn64m", "-XX:MaxTenuringThreshold=0",
                "-XX:-UsePerfData", "-Xshare:auto",
                // An archive the JVM cannot use is not worth a warning in the build log: it runs without.
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (Runtime.version().feature() >= 25) {
            command.add("-Xlog:aot=off");
        }
        if (archive != null && archive.exists()) {
            command.add(archive.mapOption());
        } else if (archive != null) {
            recording = recording();
            if (recording != null) {
                command.add(ClassArchive.recordOption(recording));
            }
        }
        try {
            write(requestFile, request);
            command.addAll(List.of("-cp", String.join(File.pathSeparator,
                    classpath.stream().map(Path::toString).toList()), ForkedCheck.class.getName(),
                    requestFile.toString(), outcomeFile.toString()));
            int exit = await(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()));
            List<Outcome.Logged> log = new ArrayList<>();
            String written = read(output);
            written.lines().filter(line -> !line.isBlank())
                    .forEach(line -> log.add(new Outcome.Logged(Outcome.Level.WARNING, line)));
            if (exit != 0 || !Files.isRegularFile(outcomeFile)) {
                throw StopException.error("The topolint check's JVM ended with exit code " + exit
                        + (written.isBlank() ? "" : ":" + System.lineSeparator() + written.strip()), null);
            }
            keep(recording);
            Outcome outcome = read(outcomeFile, Outcome.class);
            log.addAll(outcome.log());
            return new Outcome(log, outcome.reports(), outcome.stop());
        } catch (IOException e) {
            throw StopException.error("Cannot exchange the topolint check with its JVM: " + e, e);
        } finally {
            // Nothing is left of a recording put in place; one of a check that failed is dropped.
            delete(recording);
        }
    }

    private static int await(ProcessBuilder builder) throws StopException {
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw StopException.error("Cannot start a JVM for the topolint check: " + e, e);
        }
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw StopException.error("The topolint check was interrupted", e);
        }
    }

    /** Where the check records the archive, or null where none can be written: the check runs without. */
    private Path recording() {
        try {
            return archive.recording();
        } catch (IOException e) {
            return null;
        }
    }

    /** Puts a recorded archive in place; one that could not be recorded is only a slower start next time. */
    private void keep(Path recording) {
        try {
            if (recording != null && Files.size(recording) > 0) {
                archive.keep(recording);
            }
        } catch (IOException e) {
            // The next check records it again.
        }
    }

    private static String read(Path output) {
        try {
            return Files.readString(output, Charset.defaultCharset());
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path path) {
        if (path == null) {
            return;
        }
        try (Stream<Path> files = Files.exists(path) ? Files.walk(path) : Stream.empty()) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary file left behind is the temporary directory's to clear.
        }
    }

    private static void write(Path file, Object value) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(value);
        }
    }

    private static <T> T read(Path file, Class<T> type) throws IOException {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(OWN_VALUES);
            return type.cast(objects.readObject());
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drools and the schema validator log through SLF4J, which finds no logger here: the plugin gets none of its
     * own, since Maven lends it Maven's. SLF4J says so on standard error, in words that differ from one version to
     * the next, and then logs nothing, which is what the check needs.
     */
    private static void quietLogging() {
        PrintStream standardError = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.setErr(standardError);
        }
    }

    /**
     * The forked JVM's entry: reads the request from the file named first, checks, and writes the outcome to the
     * file named second.
     */
    public static void main(String[] args) throws IOException {
        quietLogging();
        Outcome outcome = CheckRun.run(read(Path.of(args[0]), CheckRequest.class));
        write(Path.of(args[1]), outcome);
        // The rule base is built on threads of its own; nothing is left for them to do.
        System.exit(0);
    }
}
