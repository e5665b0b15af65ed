package dev.topolint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkedCheckTest {

    /**
     * The test's own class path, as a plugin's realm holds it: the plugin's classes and every jar they need, each
     * directory of classes packed into a jar, as a class-data archive takes classes from jars only.
     */
    private static List<Path> classpath;

    @BeforeAll
    static void packClasspath(@TempDir Path jars) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            entries.add(Files.isDirectory(path) ? jar(path, jars.resolve(entries.size() + ".jar")) : path);
        }
        classpath = List.copyOf(entries);
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static final String PLAINTEXT_SITE = """
            topolint: 1
            name: single web host
            dns:
              - {name: www.example.com, type: A, values: [203.0.113.10]}
            hosts:
              - id: web-01
                public_ip: 203.0.113.10
                services:
                  - {type: web, software: nginx, listen: [{port: 80}]}
            """;

    private static CheckRequest request(Path directory, String descriptor, String failOnSeverity)
            throws IOException {
        Path file = directory.resolve("site.yaml");
        Files.writeString(file, descriptor);
        return new CheckRequest(directory.toString(), List.of(file.toString()), List.of("sarif", "text"),
                directory.resolve("reports").toString(), failOnSeverity, null, false, null, null, true, 0);
    }

    private static String reports(Path directory) throws IOException {
        return Files.readString(directory.resolve("reports/topolint.sarif"))
                + Files.readString(directory.resolve("reports/topolint.txt"));
    }

    @Test
    void aForkedCheckEndsAsTheCheckInMavensJvmDoes(@TempDir Path directory) throws Exception {
        CheckRequest request = request(directory, PLAINTEXT_SITE, null);

        Outcome inMaven = CheckRun.run(request);
        String reportsInMaven = reports(directory);
        Outcome forked = new ForkedCheck(classpath, null).run(request);

        assertEquals(inMaven, forked);
        assertEquals(reportsInMaven, reports(directory));
        assertTrue(forked.stop().failure());
        assertTrue(forked.stop().message().startsWith("topolint found 3 findings at or above high"),
                forked.stop().message());
        assertEquals(List.of("txt", "sarif"), forked.reports().stream().map(Outcome.Written::extension).toList());
    }

    @Test
    void theFirstForkedCheckRecordsTheClassArchiveAndTheNextMapIt(@TempDir Path directory) throws Exception {
        Path archives = directory.resolve("archives");
        CheckRequest request = request(directory, PLAINTEXT_SITE, "critical");
        ForkedCheck forkedCheck = new ForkedCheck(classpath, archives);

        Outcome recording = forkedCheck.run(request);
        Path archive = ClassArchive.in(archives, classpath).file();
        assertTrue(Files.size(archive) > 1_000_000, "an archive of the check's classes");
        FileTime recorded = Files.getLastModifiedTime(archive);
        Outcome mapping = forkedCheck.run(request);

        assertNull(recording.stop());
        assertEquals(recording, mapping);
        assertEquals(recorded, Files.getLastModifiedTime(archive), "the archive is mapped, not recorded again");
        try (Stream<Path> files = Files.list(archives)) {
            assertEquals(List.of(archive), files.toList(), "no recording left behind");
        }
    }

    @Test
    void anArchiveForOtherJarsMakesWayForTheNewOne(@TempDir Path directory) throws Exception {
        Path archives = directory.resolve("archives");
        Path jar = Files.writeString(directory.resolve("extra.jar"), "");
        List<Path> before = Stream.concat(classpath.stream(), Stream.of(jar)).toList();
        Files.createDirectories(archives);
        Path old = Files.writeString(ClassArchive.in(archives, before).file(), "an archive of an older plugin");

        new ForkedCheck(classpath, archives).run(request(directory, PLAINTEXT_SITE, "critical"));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(ClassArchive.in(archives, classpath).file()));
    }

    @Test
    void aDirectoryWhereNoArchiveCanBeWrittenOnlyCostsTheArchive(@TempDir Path directory) throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("archives"), "a file where the directory would be");
        CheckRequest request = request(directory, PLAINTEXT_SITE, "critical");

        Outcome outcome = new ForkedCheck(classpath, notADirectory.resolve("topolint")).run(request);

        assertEquals(CheckRun.run(request), outcome);
    }

    @Test
    void aJvmThatCannotCheckStopsTheBuildWithWhatItWrote(@TempDir Path directory) throws IOException {
        CheckRequest request = request(directory, PLAINTEXT_SITE, null);

        StopException e = assertThrows(StopException.class,
                () -> new ForkedCheck(List.of(directory.resolve("no-such.jar")), null).run(request));

        assertFalse(e.stop().failure());
        assertTrue(e.getMessage().startsWith("The topolint check's JVM ended with exit code 1:"), e.getMessage());
        assertTrue(e.getMessage().contains(ForkedCheck.class.getName()), e.getMessage());
    }
}
