package dev.topolint.internal.load;

import dev.topolint.InputPathException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds descriptor files among the paths given to topolint and reads them. */
public final class DescriptorFiles {

    /** A top-level {@code topolint:} key in YAML (at the start of a line), or a {@code "topolint":} key in JSON. */
    private static final Pattern MARKER = Pattern.compile("(?m)^[\"']?topolint[\"']?\\s*:|\"topolint\"\\s*:");
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private DescriptorFiles() {
    }

    /**
     * A file to check.
     *
     * @param explicit whether it was named directly, so that it is read even if it does not look like a descriptor
     */
    public record Candidate(Path path, boolean explicit) {

        /** The path as the user wrote it, with {@code /} as separator. */
        public String displayName() {
            return path.toString().replace('\\', '/');
        }
    }

    /**
     * The files named directly, then the YAML and JSON files below each directory, sorted, skipping hidden
     * directories.
     *
     * @throws InputPathException when a path does not exist
     */
    public static List<Candidate> expand(List<Path> paths) throws InputPathException {
        List<Candidate> candidates = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                candidates.addAll(walk(path));
            } else if (Files.exists(path)) {
                candidates.add(new Candidate(path, true));
            } else {
                throw new InputPathException(path + ": no such file or directory");
            }
        }
        return candidates;
    }

    private static List<Candidate> walk(Path directory) throws InputPathException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !isHidden(directory.relativize(file)))
                    .filter(DescriptorFiles::hasDescriptorExtension)
                    .sorted()
                    .map(file -> new Candidate(file, false))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputPathException(directory + ": cannot walk the directory: " + e.getMessage());
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDescriptorExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * Reads a file as strict UTF-8, without a leading byte order mark.
     *
     * @throws CharacterCodingException when the file is not UTF-8 text
     */
    public static String read(Path file) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether a file found in a directory declares itself a topolint descriptor. */
    public static boolean looksLikeDescriptor(String text) {
        return MARKER.matcher(text).find();
    }
}
