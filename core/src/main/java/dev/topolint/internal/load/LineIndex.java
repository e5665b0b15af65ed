package dev.topolint.internal.load;

import dev.topolint.Region;
import java.util.Arrays;

/**
 * The lines of a text, to turn positions in it into regions that end just after the last character they cover. A
 * position is an offset into the text, in chars; a region's column counts code points, which differ only after a
 * character outside the Basic Multilingual Plane, written as a pair of chars.
 */
final class LineIndex {

    private static final int[] NONE = new int[0];

    private final String text;
    /** Where each line starts in the text; a line ends where the next starts, less its line break. */
    private final int[] starts;
    /** Where the second char of each pair is, in order; none in most texts. */
    private final int[] pairEnds;

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
        // Counted at once in a text of one byte per char, which most descriptors are.
        this.pairEnds = text.codePointCount(0, text.length()) == text.length() ? NONE : pairEnds(text);
    }

    private static int[] pairEnds(String text) {
        int[] found = new int[16];
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isSurrogatePair(text.charAt(i - 1), text.charAt(i))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
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

    /** The offset of a zero-based line and column, the column counted in code points. */
    int offset(int line, int column) {
        int start = start(line);
        int offset = start + column;
        // Each pair before the offset moves it one char further, which may bring more pairs before it.
        for (int moved = pairsBetween(start, offset); start + column + moved != offset; ) {
            offset = start + column + moved;
            moved = pairsBetween(start, offset);
        }
        return offset < text.length() && isPairEnd(offset) ? offset + 1 : offset;
    }

    /** How many pairs end at an offset from {@code from} up to, not including, {@code to}. */
    private int pairsBetween(int from, int to) {
        return pairEnds.length == 0 ? 0 : firstPairEndFrom(to) - firstPairEndFrom(from);
    }

    private int firstPairEndFrom(int offset) {
        int found = Arrays.binarySearch(pairEnds, offset);
        return found >= 0 ? found : -found - 1;
    }

    private boolean isPairEnd(int offset) {
        return pairEnds.length > 0 && Arrays.binarySearch(pairEnds, offset) >= 0;
    }

    /**
     * Where a node ends that starts on a line and that a parser ends at an offset on that line or a later one. A
     * parser ends a block node where the next token starts: at the start of a later line, or after the indentation
     * of the next item, with blank and comment lines in between. That end is moved back to the end of the node's
     * last line of content, so that the node's region covers only the node.
     */
    int nodeEnd(int startLine, int endLine, int endOffset) {
        int line = endLine;
        int offset = endOffset;
        while (line > startLine && (offset - start(line) <= indentation(line) || isBlankOrComment(line))) {
            line--;
            offset = contentEnd(line);
        }
        return offset;
    }

    /** The region from one offset to another, which a parser or {@link #nodeEnd} gave. */
    Region region(int startOffset, int endOffset) {
        int startLine = lineOf(startOffset);
        int endLine = lineOf(endOffset);
        return new Region(startLine + 1, column(startLine, startOffset) + 1, endLine + 1,
                column(endLine, endOffset) + 1);
    }

    private int column(int line, int offset) {
        return offset - start(line) - pairsBetween(start(line), offset);
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
    private int lineEnd(int index) {
        if (index + 1 >= starts.length) {
            return text.length();
        }
        int end = starts[index + 1] - 1;
        return end > starts[index] && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private int indentation(int index) {
        int start = start(index);
        int end = lineEnd(index);
        int at = start;
        while (at < end && text.charAt(at) == ' ') {
            at++;
        }
        return at - start;
    }

    private boolean isBlankOrComment(int index) {
        int at = start(index);
        int end = lineEnd(index);
        while (at < end && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at == end || text.charAt(at) == '#';
    }

    /** Where the line's content ends, trailing white space left out. */
    private int contentEnd(int index) {
        int start = start(index);
        int end = lineEnd(index);
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
