package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topolint.DescriptorException;
import dev.topolint.Limits;
import dev.topolint.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simple reader gives what SnakeYAML Engine gives, or nothing: the same tree and the same regions for every
 * node, for every text it reads, and it reads the forms descriptors are written in.
 */
class SimpleYamlReaderTest {

    private static final String FILE = "d.yaml";
    /** Characters that change how YAML reads a line, which the mutations below write into the samples. */
    private static final String SIGNIFICANT = " \n:-#,[]{}'\"&*!|>?%@`~.0aZ\\\t\r";

    /** Three threads cut even a sample's lists into pieces. */
    private static final int THREADS = 3;

    private static Optional<YamlTreeReader.Tree> readSimply(String text) {
        return readSimply(text, 1);
    }

    private static Optional<YamlTreeReader.Tree> readSimply(String text, int threads) {
        return SimpleYamlReader.read(text, new LineIndex(text), new ScalarValues(), Limits.DEFAULTS, threads);
    }

    /** What the engine reads from the text, or null when it refuses it. */
    private static YamlTreeReader.Tree readWithEngine(String text) {
        try {
            return YamlTreeReader.readWithEngine(FILE, text, Limits.DEFAULTS);
        } catch (DescriptorException e) {
            return null;
        }
    }

    /**
     * Whether the simple reader read the text, alone or with its lists in pieces, having read it as the engine
     * does either way.
     */
    static boolean agrees(String text) {
        boolean alone = agrees(text, 1);
        boolean inPieces = agrees(text, THREADS);
        return alone || inPieces;
    }

    /** Whether the simple reader read the text with its lists in pieces, and read it alike. */
    private static boolean readsInPiecesAlike(String text) {
        return agrees(text, 1) && agrees(text, THREADS);
    }

    private static boolean agrees(String text, int threads) {
        Optional<YamlTreeReader.Tree> simple = readSimply(text, threads);
        if (simple.isEmpty()) {
            return false;
        }
        YamlTreeReader.Tree engine = readWithEngine(text);
        if (engine == null) {
            fail("the simple reader read a text the engine refuses:\n" + text);
        }
        assertEquals(engine.root(), simple.get().root(), () -> "tree of:\n" + text);
        assertSameRegions(engine.sourceMap(), simple.get().sourceMap(), engine.root(), "", text);
        return true;
    }

    private static void assertSameRegions(SourceMap expected, SourceMap actual, JsonNode node, String pointer,
            String text) {
        assertEquals(expected.regionOf(pointer), actual.regionOf(pointer), () -> pointer + " in:\n" + text);
        assertEquals(expected.valueRegionOf(pointer), actual.valueRegionOf(pointer), () -> pointer + " in:\n" + text);
        assertEquals(expected.keyRegionOf(pointer), actual.keyRegionOf(pointer), () -> pointer + " in:\n" + text);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String segment = field.getKey().replace("~", "~0").replace("/", "~1");
                assertSameRegions(expected, actual, field.getValue(), pointer + "/" + segment, text);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                assertSameRegions(expected, actual, node.get(i), pointer + "/" + i, text);
            }
        }
    }

    private static List<Path> samples() {
        try (Stream<Path> files = Files.list(Path.of(SimpleYamlReaderTest.class
                .getResource("DescriptorLoaderFuzzTestInputs").toURI()))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> readsEverySampleAsTheEngineDoes() {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(),
                () -> assertTrue(readsInPiecesAlike(textOf(sample)), "left to the engine")));
    }

    @Test
    void readsTheFormsOfALargeEstate() {
        assertTrue(readsInPiecesAlike("""
                topolint: 1
                name: 'the shop''s estate' # a comment after a value
                dns:
                  - {name: www.example.com, type: A, values: [198.18.0.0], ttl: 60, health_checked: true}
                load_balancers:
                  - id: lb
                    nodes: [lb-1, lb-2]
                    listeners:
                      - {port: 443, protocol: https, certificate: "www.example.com"}
                    pool:
                      servers: [ web-1 , web-2 ]

                hosts:
                  # the web tier
                  - id: web-1
                    location: {region: eu-west-1, zone: eu-west-1a}
                    firewall:
                      inbound:
                        - {port: [80, 443], from: any}
                    services:
                      - type: web
                        listen: [{port: 443, protocol: https}]
                  -   id: web-2
                      weight: -1.5e3
                      empty: {}
                      none: []
                monitoring:
                  external_checks:
                    - {id: up, type: http, target: "https://www.example.com/"}
                    - plain: https://www.example.com/a#b
                """));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "---\na: 1\n",
        "--- # the estate\n\na:\n- 1\n- {b: 2}\nc: 3\n",
        "a:\n  b:\n  - x: 1\n    y: [2]\n  - z\n  c: 4\nd:\n- 5\n",
        "- a\n- b: 1\n  c:\n  - d\n",
    })
    void readsAListLevelWithItsKeyAndAnOpeningMarker(String text) {
        assertTrue(readsInPiecesAlike(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n",
        "a: !tag 1\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: one\n  two\n",
        "a: \"esc\\n\"\n",
        "a:\n\tb: 1\n",
        "a: 1\r\nb: 2\r\n",
        "--- a: 1\n",
        "a: 1\n...\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\na: 2\n",
        "a:\n- 1\n b: 2\n",
        "a:\n",
        "a:\nb: 1\n",
        "a:\n  b:\n  ---c: 1\n",
        "a: [1,\n  2]\n",
        "a: [1, ]\n",
        "a: {b}\n",
        "? a\n: 1\n",
        "\"a\": 1\n",
        "- - 1\n",
        "a: 99999999999999999999\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: b: c\n",
        "\ufeffa: 1\n",
        "a: \ud83d\ude00\n",
    })
    void leavesOtherFormsToTheEngine(String text) {
        assertFalse(readSimply(text).isPresent());
        assertFalse(readSimply(text, THREADS).isPresent());
    }

    /**
     * Every sample with one character written in, dropped or repeated, from those that change how YAML reads a line:
     * whatever the simple reader reads, the engine reads alike.
     */
    @Test
    void agreesWithTheEngineOnMutatedSamples() {
        Random random = new Random(20261125);
        int read = 0;
        int mutations = 0;
        for (Path sample : samples()) {
            String text = textOf(sample);
            for (int i = 0; i < 150; i++) {
                int at = random.nextInt(text.length());
                char c = SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length()));
                String mutated = switch (random.nextInt(3)) {
                    case 0 -> text.substring(0, at) + c + text.substring(at);
                    case 1 -> text.substring(0, at) + text.substring(at + 1);
                    default -> text.substring(0, at) + c + c + text.substring(at + 1);
                };
                mutations++;
                if (agrees(mutated)) {
                    read++;
                }
            }
        }
        // Most mutations leave a text the simple reader still reads: the comparison covers it, not only refusals.
        assertTrue(read > mutations / 4, read + " of " + mutations + " read");
    }

    @Test
    void aMapEndsWithItsLastLineOfContent() {
        YamlTreeReader.Tree tree = readSimply("a:\n  b: 1   # note\n\n  # more\nc: 2\n").orElseThrow();

        assertEquals(new Region(1, 1, 2, 16), tree.sourceMap().regionOf("/a"));
    }
}
