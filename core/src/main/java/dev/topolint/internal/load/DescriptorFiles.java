package dev.topolint.internal.load;

import dev.topolint.DescriptorException;
import dev.topolint.InputPathException;
import dev.topolint.Limits;
import dev.topolint.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Finds descriptor files among the paths given to topolint and reads them. */
public final class DescriptorFiles {

    /** A top-level {@code topolint:} key in YAML (at the start of a line), or a {@code "topolint":} key in JSON. */
    private static final Pattern MARKER = Pattern.compile("(?m)^[\"']?topolint[\"']?\\s*:|\"topolint\"\\s*:");
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");
    /** How much of a file is read at a time; see {@link #readAtMost}. */
    private static final int READ_SLICE = 1 << 20;

    private DescriptorFiles() {
    }

    /**
     * A file to check.
     *
     * @param explicit whether it was named directly, so that it is read even if it does not look like a descriptor
     * @param unreadable why the walk could not look into this path, or {@code null}: a directory that cannot be
     *     listed may hold descriptors, so it is reported, not skipped
     */
    public record Candidate(Path path, boolean explicit, String unreadable) {

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
                candidates.add(new Candidate(path, true, null));
            } else {
                throw new InputPathException(path + ": no such file or directory");
            }
        }
        return candidates;
    }

    /**
     * Follows symbolic links, so that a linked folder of descriptors is checked like any other; a link back to a
     * folder above it is reported instead of followed round and round.
     */
    private static List<Candidate> walk(Path directory) throws InputPathException {
        List<Candidate> found = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                            return !folder.equals(directory) && isHidden(folder)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && !isHidden(file) && hasDescriptorExtension(file)) {
                                found.add(new Candidate(file, false, null));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException failure) {
                            if (!isHidden(file)) {
                                found.add(new Candidate(file, false, failure instanceof FileSystemLoopException
                                        ? "a symbolic link to a folder that contains it; not followed"
                                        : "cannot read: " + reason(failure)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new InputPathException(directory + ": cannot walk the directory: " + reason(e));
        }
        found.sort(Comparator.comparing(Candidate::path));
        return found;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private static boolean hasDescriptorExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * Reads a file as strict UTF-8, without a leading byte order mark. Its size is checked before it is read, and
     * no more than the limit is read from a file that grows or does not know its size (a pipe).
     *
     * @throws DescriptorException when the file cannot be read, is too large or is not UTF-8 text
     */
    public static String read(Candidate candidate, Limits limits) throws DescriptorException {
        String file = candidate.displayName();
        if (candidate.unreadable() != null) {
            throw new DescriptorException(new Problem(file, null, candidate.unreadable()));
        }
        int readable = (int) Math.min(limits.maxFileBytes(), Integer.MAX_VALUE - 8L);
        byte[] bytes;
        try {
            long size = Files.size(candidate.path());
            if (size > readable) {
                throw tooLarge(file, DocumentBounds.format(size), limits);
            }
            try (InputStream in = Files.newInputStream(candidate.path())) {
                bytes = readAtMost(in, (int) size, readable + 1);
            }
        } catch (IOException e) {
            throw new DescriptorException(new Problem(file, null, "cannot read: " + reason(e)));
        }
        if (bytes.length > readable) {
            throw tooLarge(file, "more than " + DocumentBounds.format(readable), limits);
        }
        return DescriptorText.decode(file, bytes);
    }

    /**
     * Reads a stream to its end or to the limit, expecting the given size. Read in slices: the JDK reads a file into
     * an array through native memory of the size of each read, which it then keeps for the thread, and in one read a
     * descriptor of 40 MB held 40 MB more for the rest of the run.
     */
    private static byte[] readAtMost(InputStream in, int expected, int limit) throws IOException {
        byte[] bytes = new byte[expected];
        int length = 0;
        while (length < expected) {
            int read = in.read(bytes, length, Math.min(READ_SLICE, expected - length));
            if (read < 0) {
                return Arrays.copyOf(bytes, length);
            }
            length += read;
        }
        // A file that grew since its size was read, or a pipe, which has none: the rest, as it comes.
        byte[] rest = in.readNBytes(limit - expected);
        if (rest.length == 0) {
            return bytes;
        }
        byte[] all = Arrays.copyOf(bytes, expected + rest.length);
        System.arraycopy(rest, 0, all, expected, rest.length);
        return all;
    }

    /**
     * Descriptor text from bytes read elsewhere than from a file, such as a git revision, with the checks a file's
     * bytes get: the size limit, and strict UTF-8 without its byte order mark.
     *
     * @throws DescriptorException when the bytes are too many or not UTF-8 text
     */
    public static String decode(String file, byte[] bytes, Limits limits) throws DescriptorException {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(file, DocumentBounds.format(bytes.length), limits);
        }
        return DescriptorText.decode(file, bytes);
    }

    private static DescriptorException tooLarge(String file, String size, Limits limits) {
        return new DescriptorException(new Problem(file, null, DocumentBounds.overLimit("the file is " + size
                + " bytes, more than the " + DocumentBounds.format(limits.maxFileBytes()) + " topolint reads",
                "maxFileBytes")));
    }

    /** The reason alone: the exception's message repeats the path, which the problem already names. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Whether a file found in a directory declares itself a topolint descriptor. */
    public static boolean looksLikeDescriptor(String text) {
        return MARKER.matcher(text).find();
    }
}
