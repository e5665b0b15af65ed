package dev.topolint;

import java.nio.file.Path;

/**
 * One version of a descriptor, as a diff compares two: a file in the working tree, or text read from elsewhere,
 * such as a git revision.
 *
 * @param file the name the descriptor is reported under, e.g. {@code infra/topology.yaml} or
 *             {@code origin/main:infra/topology.yaml}
 * @param path the file to read, or {@code null} when the text is given
 * @param text the descriptor's text, or {@code null} when it is read from {@code path}
 */
public record DescriptorVersion(String file, Path path, String text) {

    public DescriptorVersion {
        if ((path == null) == (text == null)) {
            throw new IllegalArgumentException("a descriptor version is either a file or a text");
        }
    }

    /** The file, named as given. */
    public static DescriptorVersion of(Path file) {
        return new DescriptorVersion(file.toString().replace('\\', '/'), file, null);
    }

    /** A text that is no file of the working tree. */
    public static DescriptorVersion of(String file, String text) {
        return new DescriptorVersion(file, null, text);
    }
}
