package dev.topolint;

import java.util.Comparator;

/**
 * A reason a descriptor could not be read: a syntax error, a schema violation, a dangling reference.
 *
 * @param region where in the file; {@code null} when the file could not be read at all
 */
public record Problem(String file, Region region, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparing(Problem::region, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Problem::message);

    /** The compiler's format: {@code file:line:column: message}. */
    public String describe() {
        return region == null
                ? file + ": " + message
                : file + ":" + region.startLine() + ":" + region.startColumn() + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
