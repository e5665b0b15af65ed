package dev.topolint.maven;

import java.nio.file.Path;

/**
 * Names files as the person who started Maven sees them: relative to the directory Maven was started in, so
 * that the build log and the reports hold no machine's directory and SARIF locations map onto the repository.
 * A file outside that directory keeps its absolute path.
 */
record WorkingDirectory(Path directory) {

    WorkingDirectory {
        directory = directory.toAbsolutePath().normalize();
    }

    static WorkingDirectory current() {
        return new WorkingDirectory(Path.of(""));
    }

    /** A path that opens the same file from this directory. */
    Path name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        boolean inside = absolute.startsWith(directory) && !absolute.equals(directory);
        return inside ? directory.relativize(absolute) : absolute;
    }
}
