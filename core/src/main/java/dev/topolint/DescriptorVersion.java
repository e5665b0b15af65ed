package dev.topolint;

import java.nio.file.Path;

/**
 * One version of a descriptor, as a diff compares two: a file in the working tree, or text read from elsewhere,
 * such as a git revision.
 *
 * @param file the name the descriptor is reported under, e.g. {@code infra/topology.yaml} or
 *             {@code origin/main:infra/topology.yaml}
 * @param path the file to read, or {@code null} when the text is given
 * @param content the descriptor's bytes, or {@code null} when it is read from {@code path}; read as a file's
 *                are, within the same size limit and as strict UTF-8
 */
public record DescriptorVersion(String file, Path path, byte[] content) {

    public DescriptorVersion {
        if ((path == null) == (content == null)) {
            throw new IllegalArgumentException("a descriptor version is either a file or its content");
        }
    }

    /** The file, named as given. */
    public static DescriptorVersion of(Path file) {
        return new DescriptorVersion(file.toString().replace('\\', '/'), file, null);
    }

    /** Content that is no file of the working tree. */
    public static DescriptorVersion of(String file, byte[] content) {
        return new DescriptorVersion(file, null, content);
    }
}
