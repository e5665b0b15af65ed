package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.Region;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    private final LineIndex index = new LineIndex("""
            dns:
              - name: a
                ttl: 300  \s
              # the old record

              - name: b
            """);

    /** The region of a node from a parser's zero-based marks, through the offsets a source map keeps. */
    private static Region region(LineIndex index, int startLine, int startColumn, int endLine, int endColumn) {
        int start = index.offset(startLine, startColumn);
        return index.region(start, index.nodeEnd(startLine, endLine, index.offset(endLine, endColumn)));
    }

    @Test
    void aBlockNodeEndsOnItsLastCharacterNotAtTheNextItem() {
        // The parser ends the first item after the indentation of the second, past a comment and a blank line.
        assertEquals(new Region(2, 5, 3, 13), region(index, 1, 4, 5, 2));
    }

    @Test
    void aNodeThatEndsWithinItsLineKeepsItsEnd() {
        assertEquals(new Region(2, 11, 2, 12), region(index, 1, 10, 1, 11));
    }

    @Test
    void aNodeEndingAtTheStartOfALineEndsOnThePreviousOne() {
        assertEquals(new Region(6, 5, 6, 12), region(index, 5, 4, 6, 0));
    }

    @Test
    void columnsCountCodePointsWhereOffsetsCountChars() {
        // Each emoji is one code point written as two chars: x is the eighth code point and the tenth char.
        LineIndex emoji = new LineIndex("a: \uD83D\uDE00 \uD83D\uDE00 x\nb: y\n");

        assertEquals(5, emoji.offset(0, 4));
        assertEquals(6, emoji.offset(0, 5));
        assertEquals(8, emoji.offset(0, 6));
        assertEquals(9, emoji.offset(0, 7));
        assertEquals(new Region(1, 8, 1, 9), emoji.region(9, 10));
        assertEquals(new Region(1, 4, 1, 7), emoji.region(3, 8));
        assertEquals(new Region(2, 4, 2, 5), emoji.region(14, 15));
        assertEquals(new Region(1, 8, 2, 3), region(emoji, 0, 7, 1, 2));
        // Moved back from the next line onto the end of a line with pairs on it.
        assertEquals(new Region(1, 1, 1, 9), region(emoji, 0, 0, 1, 0));
    }

    @Test
    void aNodeEndMovedBackSkipsCarriageReturnsAndTrailingSpaces() {
        LineIndex crlf = new LineIndex("a:\r\n  b: c  \r\n\r\nd: e\r\n");

        assertEquals(new Region(2, 3, 2, 7), region(crlf, 1, 2, 3, 0));
    }
}
