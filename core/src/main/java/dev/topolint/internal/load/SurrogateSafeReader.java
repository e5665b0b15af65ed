package dev.topolint.internal.load;

import java.io.FilterReader;
import java.io.IOException;
import java.io.StringReader;

/**
 * Hands a text to SnakeYAML Engine so that a surrogate pair never ends its buffer. Engine 2.10 fills its whole
 * buffer and, when the last char read is a high surrogate, reads the low one past the buffer's end: an emoji whose
 * first half fell on the 1,025th char threw {@code IndexOutOfBoundsException} (found by fuzzing). Leaving the last
 * slot of the caller's array empty keeps room for that one char.
 */
final class SurrogateSafeReader extends FilterReader {

    SurrogateSafeReader(String text) {
        super(new StringReader(text));
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        boolean wholeArray = length > 1 && offset + length == buffer.length;
        return super.read(buffer, offset, wholeArray ? length - 1 : length);
    }
}
