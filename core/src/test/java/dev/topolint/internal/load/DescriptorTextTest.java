package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.topolint.DescriptorException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DescriptorTextTest {

    private static String problem(byte[] bytes) {
        DescriptorException error = assertThrows(DescriptorException.class,
                () -> DescriptorText.decode("d.yaml", bytes));
        return error.problems().get(0).describe();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(String text, byte[] tail) {
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void aByteOrderMarkIsDropped() throws DescriptorException {
        assertEquals("{\"topolint\": 1}",
                DescriptorText.decode("d.json", "\uFEFF{\"topolint\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("topolint: 1\n",
                DescriptorText.decode("d.yaml", "\uFEFFtopolint: 1\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void latin1IsPlacedAtItsFirstNonUtf8Byte() {
        // "café" in ISO-8859-1 ends with the single byte 0xE9.
        assertEquals("d.yaml:2:10: not UTF-8 text: the byte 0xE9 here is not valid UTF-8; save the file as UTF-8",
                problem(concat("topolint: 1\r\nname: caf", bytes(0xE9, '\n'))));
    }

    @Test
    void columnsCountCharactersNotBytes() {
        assertEquals("d.yaml:1:9: not UTF-8 text: the byte 0xFF here is not valid UTF-8; save the file as UTF-8",
                problem(concat("name: ü ", bytes(0xFF))));
    }

    @Test
    void aBinaryFileIsNamedSoAtItsFirstNulByte() {
        assertEquals("d.yaml:1:4: a binary file (a NUL byte here), not a YAML or JSON descriptor",
                problem(bytes(0x89, 'P', 'N', 0, 0x0D)));
    }

    @Test
    void utf16IsRecognisedByItsByteOrderMark() {
        assertEquals("d.yaml:1:1: UTF-16 text; topolint reads UTF-8: save the file as UTF-8",
                problem(bytes(0xFF, 0xFE, 't', 0)));
    }

    @Test
    void aReplacementCharacterTheFileHoldsIsKept() throws DescriptorException {
        assertEquals("name: \uFFFD and caf\u00e9\n",
                DescriptorText.decode("d.yaml", "name: \uFFFD and caf\u00e9\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() {
        // CESU-8, as some Java tools write it: the high surrogate of U+1F600 encoded on its own.
        assertEquals("d.yaml:1:7: not UTF-8 text: the byte 0xED here is not valid UTF-8; save the file as UTF-8",
                problem(concat("name: ", bytes(0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80))));
    }
}
