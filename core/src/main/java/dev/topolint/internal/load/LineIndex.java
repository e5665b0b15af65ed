package dev.topolint.internal.load;

import dev.topolint.Region;
import java.util.Arrays;

/** The lines of a text, to turn parser marks into regions that end on the last character they cover. */
final class LineIndex {

    private final String text;
    /** Where each line starts in the text; a line ends where the next starts, less its line break. */
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        int[] found = new int[Math.max(16, text.length() / 32)];
        int count = 0;
        found[count++] = 0;
        // Most texts break lines with line feeds alone, which String.indexOf finds many characters at a time.
        boolean feedsOnly = text.indexOf('\r') < 0;
        for (int i = nextBreak(text, 0, feedsOnly); i >= 0; i = nextBreak(text, i + 1, feedsOnly)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i + 1;
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** Where the next line ends, at a line feed or a carriage return not followed by one; or -1. */
    private static int nextBreak(String text, int from, boolean feedsOnly) {
        if (feedsOnly) {
            return text.indexOf('\n', from);
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A region from zero-based marks. A parser ends a block node where the next token starts: at the start of
     * a later line, or after the indentation of the next item, with blank and comment lines in between. That
     * end is moved back to the end of the node's last line of content, so the region covers only the node.
     */
    Region region(int startLine, int startColumn, int endLine, int endColumn) {
        int line = endLine;
        int column = endColumn;
        while (line > startLine && (column <= indentation(line) || isBlankOrComment(line))) {
            line--;
            column = contentLength(line);
        }
        return new Region(startLine + 1, startColumn + 1, line + 1, column + 1);
    }

    /** How many lines the text has; a text that ends with a line break has an empty last line. */
    int lineCount() {
        return starts.length;
    }

    /** The zero-based line that a character of the text, or its end, is on. */
    int lineOf(int index) {
        int found = Arrays.binarySearch(starts, index);
        return found >= 0 ? found : -found - 2;
    }

    /** The first character of a line, or the end of the text for a line past it. */
    int start(int index) {
        return index < starts.length ? starts[index] : text.length();
    }

    /** Where a line's content ends, before its line break; a line past the text is empty, at its end. */
    private int end(int index) {
        if (index + 1 >= starts.length) {
            return text.length();
        }
        int end = starts[index + 1] - 1;
        return end > starts[index] && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private int indentation(int index) {
        int start = start(index);
        int end = end(index);
        int at = start;
        while (at < end && text.charAt(at) == ' ') {
            at++;
        }
        return at - start;
    }

    private boolean isBlankOrComment(int index) {
        int at = start(index);
        int end = end(index);
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at == end || text.charAt(at) == '#';
    }

    /** The line's length in code points, trailing white space left out. */
    private int contentLength(int index) {
        int start = start(index);
        int end = end(index);
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.codePointCount(start, end);
    }
}
