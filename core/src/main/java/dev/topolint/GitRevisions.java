package dev.topolint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a descriptor as it was at a git revision, through the {@code git} executable on the {@code PATH}, run in
 * the descriptor's folder: the revision is read as that repository reads it, with its remotes and its config.
 */
public final class GitRevisions {

    private GitRevisions() {
    }

    /**
     * The name a descriptor at a revision is reported under, as {@code git show} takes it, e.g.
     * {@code origin/main:infra/topology.yaml}.
     */
    public static String name(String revision, Path path) {
        return revision + ":" + path.toString().replace('\\', '/');
    }

    /**
     * The text of a file at a revision.
     *
     * @param path the file, as in the working tree; its folder must exist, and be in a git repository
     * @return the file's bytes, or nothing when the revision has no such file
     * @throws InputPathException naming the revision and the path, when the folder is in no git repository, the
     *     revision does not exist or git cannot be run
     */
    public static Optional<byte[]> read(String revision, Path path) throws InputPathException {
        String where = name(revision, path);
        Path folder = path.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputPathException(where + ": the folder of " + path + " does not exist");
        }
        if (run(folder, where, "rev-parse", "--git-dir").status() != 0) {
            throw new InputPathException(where + ": " + path + " is not in a git repository");
        }
        // The revision is checked on its own, so that an unknown revision is not taken for a missing file.
        if (run(folder, where, "rev-parse", "--verify", "--quiet", revision + "^{commit}").status() != 0) {
            throw new InputPathException(where + ": no such git revision '" + revision + "'");
        }
        Result blob = run(folder, where, "cat-file", "blob", revision + ":./" + path.getFileName());
        return blob.status() == 0 ? Optional.of(blob.output()) : Optional.empty();
    }

    private record Result(int status, byte[] output) {
    }

    private static Result run(Path folder, String where, String... arguments) throws InputPathException {
        List<String> command = new ArrayList<>(List.of("git", "--no-pager"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new InputPathException(where + ": cannot run git (" + e.getMessage() + ")");
        }
        // Only standard output is read, standard error being discarded, so git cannot block on a full pipe.
        try (InputStream out = process.getInputStream()) {
            byte[] output = out.readAllBytes();
            return new Result(process.waitFor(), output);
        } catch (IOException e) {
            throw new InputPathException(where + ": cannot read from git (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new InputPathException(where + ": interrupted while reading from git");
        }
    }
}
