package dev.topolint.internal.load;

import dev.topolint.Region;

/** Line lengths of a text, to turn parser marks into regions that end on the last character they cover. */
final class LineIndex {

    private final int[] lengths;

    LineIndex(String text) {
        String[] split = text.split("\r\n|\r|\n", -1);
        lengths = new int[split.length];
        for (int i = 0; i < split.length; i++) {
            lengths[i] = split[i].codePointCount(0, split[i].length());
        }
    }

    /**
     * A region from zero-based marks. A parser ends a block node at the start of the line after it; that end
     * is moved back to the end of the node's last line so the region covers only the node.
     */
    Region region(int startLine, int startColumn, int endLine, int endColumn) {
        int line = endLine;
        int column = endColumn;
        while (column == 0 && line > startLine) {
            line--;
            column = line < lengths.length ? lengths[line] : 0;
        }
        return new Region(startLine + 1, startColumn + 1, line + 1, column + 1);
    }
}
