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

    @Test
    void aBlockNodeEndsOnItsLastCharacterNotAtTheNextItem() {
        // The parser ends the first item after the indentation of the second, past a comment and a blank line.
        assertEquals(new Region(2, 5, 3, 13), index.region(1, 4, 5, 2));
    }

    @Test
    void aNodeThatEndsWithinItsLineKeepsItsEnd() {
        assertEquals(new Region(2, 11, 2, 12), index.region(1, 10, 1, 11));
    }

    @Test
    void aNodeEndingAtTheStartOfALineEndsOnThePreviousOne() {
        assertEquals(new Region(6, 5, 6, 12), index.region(5, 4, 6, 0));
    }
}
