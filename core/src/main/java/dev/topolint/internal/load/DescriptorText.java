package dev.topolint.internal.load;

import dev.topolint.DescriptorException;
import dev.topolint.Problem;
import dev.topolint.Region;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a file into descriptor text: strict UTF-8 without its byte order mark. A file that is not
 * UTF-8 text is refused at the first byte that shows it, so that the writer can find it.
 */
final class DescriptorText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private DescriptorText() {
    }

    /**
     * @param file the name the file is reported under
     * @throws DescriptorException when the bytes are binary, UTF-16 or not valid UTF-8
     */
    static String decode(String file, byte[] bytes) throws DescriptorException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw problem(file, bytes, 0, "UTF-16 text; topolint reads UTF-8: save the file as UTF-8");
        }
        // The JDK's own decoding replaces what is not UTF-8 and is many times faster than a reporting decoder: a
        // text with no replacement character and no NUL is the file's text. Any other is decoded again, to report
        // where it goes wrong or to keep a replacement character the file itself holds.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\0') < 0 && lenient.indexOf(REPLACEMENT_CHARACTER) < 0) {
            return withoutByteOrderMark(lenient);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw problem(file, bytes, i, "a binary file (a NUL byte here), not a YAML or JSON descriptor");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never needs more chars than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw problem(file, bytes, at, String.format(Locale.ROOT,
                    "not UTF-8 text: the byte 0x%02X here is not valid UTF-8; save the file as UTF-8",
                    bytes[at] & 0xFF));
        }
        return withoutByteOrderMark(out.flip().toString());
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** A problem at a byte of the file, placed by line and column as an editor counts them. */
    private static DescriptorException problem(String file, byte[] bytes, int offset, String message) {
        String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
        int start = !before.isEmpty() && before.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        int line = 1;
        int lineStart = start;
        for (int i = start; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = before.codePointCount(lineStart, before.length()) + 1;
        return new DescriptorException(new Problem(file, new Region(line, column, line, column + 1), message));
    }
}
