package dev.topolint;

import java.util.Comparator;
import java.util.Locale;

/**
 * A reason a descriptor could not be read: a syntax error, a schema violation, a dangling reference.
 *
 * @param region where in the file; {@code null} when the file could not be read at all
 * @param message what is wrong; control characters in it are spelled out as escapes (<code>&#92;u001B</code> for
 *     ESC), so that a message quoting a hostile value stays on one line and cannot drive the terminal or the CI
 *     log that shows it
 */
public record Problem(String file, Region region, String message) implements Comparable<Problem> {

    public Problem {
        message = printable(message);
    }

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

    private static String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                printable.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString();
    }
}
