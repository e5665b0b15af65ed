package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topolint.DescriptorException;
import dev.topolint.Limits;
import dev.topolint.Region;
import org.junit.jupiter.api.Test;

/** The tree and source map read from the parser's events, without the schema a descriptor must also meet. */
class YamlTreeReaderTest {

    private static YamlTreeReader.Tree read(String text) throws DescriptorException {
        return YamlTreeReader.read("d.yaml", text, Limits.DEFAULTS);
    }

    @Test
    void pointersFindNamesWithEscapedCharactersAndItemsByIndex() throws DescriptorException {
        SourceMap map = read("""
                a/b: 1
                t~x:
                  - one
                  - two
                """).sourceMap();

        assertEquals(new Region(1, 1, 1, 7), map.regionOf("/a~1b"));
        assertEquals(new Region(1, 1, 1, 4), map.keyRegionOf("/a~1b"));
        assertEquals(new Region(1, 6, 1, 7), map.valueRegionOf("/a~1b"));
        assertEquals(new Region(4, 5, 4, 8), map.valueRegionOf("/t~0x/1"));
        assertTrue(map.declares("/t~0x/1"));
        assertFalse(map.declares("/t~0x/01"));
        assertFalse(map.declares("/t~0x/2"));
        assertFalse(map.declares("/t~2x"));
        assertEquals(map.regionOf("/t~0x"), map.regionOf("/t~0x/5/name"));
    }

    @Test
    void anAliasReadsTheNodeItsAnchorNamedWhereTheAliasIsWritten() throws DescriptorException {
        YamlTreeReader.Tree tree = read("""
                a: &x 1
                b: &y {k: &x 2}
                c: &x 3
                d: *y
                e: *x
                """);

        assertEquals(2, tree.root().at("/d/k").asInt());
        // Replaying b gives its inner anchor no new meaning: x still names the 3 written after it.
        assertEquals(3, tree.root().at("/e").asInt());
        assertEquals(2, tree.sourceMap().valueRegionOf("/d/k").startLine());
        assertEquals(4, tree.sourceMap().keyRegionOf("/d").startLine());
    }

    @Test
    void aColumnAfterAnEmojiCountsItOnce() throws DescriptorException {
        // Read by SnakeYAML Engine, as the simple reader leaves characters written as two chars to it.
        SourceMap map = read("k: [\"\uD83D\uDE00\", v]\nw: \uD83D\uDE00\n").sourceMap();

        assertEquals(new Region(1, 10, 1, 11), map.valueRegionOf("/k/1"));
        assertEquals(new Region(1, 5, 1, 8), map.valueRegionOf("/k/0"));
        assertEquals(new Region(2, 1, 2, 5), map.regionOf("/w"));
        // A block map ends at the end of its last line, after the emoji, not where the next key starts.
        assertEquals(new Region(1, 1, 2, 7), read("a:\n  b: \uD83D\uDE00\nc: 1\n").sourceMap().regionOf("/a"));
    }
}
