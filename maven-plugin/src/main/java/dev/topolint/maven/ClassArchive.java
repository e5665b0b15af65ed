package dev.topolint.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The class-data sharing archive a forked check maps, so that it reads its few thousand classes from one file
 * already parsed and verified instead of from the plugin's jars. One archive serves one JDK and one set of jars:
 * its name carries a digest of both, since the JVM ignores an archive made for others. The first check without
 * one records it as it exits; the checks after it map it.
 *
 * @param file where the archive for this JDK and these jars is, or is to be
 */
record ClassArchive(Path file) {

    private static final String PREFIX = "topolint-";
    private static final String SUFFIX = ".jsa";

    /** The archive for the running JDK and the given class path, in the given directory. */
    static ClassArchive in(Path directory, List<Path> classpath) {
        String jdk = System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version");
        StringBuilder jars = new StringBuilder();
        for (Path entry : classpath) {
            jars.append(entry).append('\n');
            try {
                jars.append(Files.size(entry)).append(' ').append(Files.getLastModifiedTime(entry)).append('\n');
            } catch (IOException e) {
                // A missing entry makes its own digest, which the JVM, finding the jar missing, would refuse anyway.
                jars.append("missing\n");
            }
        }
        return new ClassArchive(directory.resolve(PREFIX + digest(jdk) + "-" + digest(jars.toString()) + SUFFIX));
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The option that maps the archive. */
    String mapOption() {
        return "-XX:SharedArchiveFile=" + file;
    }

    /**
     * Where a check without the archive records one: a file of its own, which {@link #keep} renames into place, so
     * that a check started meanwhile, by a parallel build, never maps half an archive.
     */
    Path recording() throws IOException {
        Files.createDirectories(file.getParent());
        return Files.createTempFile(file.getParent(), file.getFileName().toString(), ".recording");
    }

    /** The option that records an archive into the given file as the JVM exits. */
    static String recordOption(Path recording) {
        return "-XX:ArchiveClassesAtExit=" + recording;
    }

    /**
     * Puts a recorded archive in place, and removes the archives this JDK had for other jars: a plugin updated or
     * rebuilt leaves its old one unused.
     */
    void keep(Path recording) throws IOException {
        Files.move(recording, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        String name = file.getFileName().toString();
        String sameJdk = name.substring(0, name.lastIndexOf('-') + 1);
        try (DirectoryStream<Path> others = Files.newDirectoryStream(file.getParent(), sameJdk + "*" + SUFFIX)) {
            for (Path other : others) {
                if (!other.equals(file)) {
                    Files.deleteIfExists(other);
                }
            }
        }
    }
}
