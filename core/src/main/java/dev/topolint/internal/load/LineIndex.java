package dev.topolint.internal.load;

import dev.topolint.Region;

/** The lines of a text, to turn parser marks into regions that end on the last character they cover. */
final class LineIndex {

    private final String[] lines;

    LineIndex(String text) {
        lines = text.split("\r\n|\r|\n", -1);
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

    private String line(int index) {
        return index < lines.length ? lines[index] : "";
    }

    private int indentation(int index) {
        String text = line(index);
        int spaces = 0;
        while (spaces < text.length() && text.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    private boolean isBlankOrComment(int index) {
        String text = line(index).strip();
        return text.isEmpty() || text.startsWith("#");
    }

    /** The line's length in code points, trailing white space left out. */
    private int contentLength(int index) {
        String text = line(index).stripTrailing();
        return text.codePointCount(0, text.length());
    }
}
