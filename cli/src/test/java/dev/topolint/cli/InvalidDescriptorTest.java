package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of bad descriptor gives one line in the compiler's format at the right place and exit code 3, and the
 * good descriptor checked in the same run is still reported. docs/errors.md lists these cases.
 */
class InvalidDescriptorTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelled-property | 4:5: unknown property 'serivces'; did you mean 'services'?
            wrong-type          | 6:25: expected integer, found string
            dangling-reference  | 4:13: unknown host 'lb-02'; did you mean 'lb-01'?
            duplicate-id        | 5:9: duplicate id 'web-01' (first declared at line 3)
            yaml-syntax-error   | 5:7: YAML syntax error: expected ',' or '}', but got : (while parsing a flow mapping that starts at line 4, column 16)
            """)
    void isReportedAtItsPositionWithExitCode3(String name, String problem) {
        String file = "src/test/resources/invalid/" + name + ".yaml";
        CliRun run = CliRun.of("check", file);

        assertEquals(3, run.exitCode());
        assertEquals(file + ":" + problem + NL, run.err(), "one line, no stack trace");
        assertEquals("1 descriptor checked: no findings, 1 descriptor could not be read." + NL, run.out());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                text("tab-indentation", "topolint: 1\nhosts:\n\t- id: a\n",
                        "3:1: YAML syntax error: found character '\\t(TAB)' that cannot start any token. "
                        + "(Do not use \\t(TAB) for indentation) (while scanning for the next token)"),
                text("unclosed-quote", "topolint: 1\nhosts:\n  - id: \"a\n",
                        "3:9: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar)"),
                text("bad-indentation", "topolint: 1\nhosts:\n  - id: a\n   services: []\n",
                        "4:4: YAML syntax error: expected <block end>, but found '<block mapping start>' (while "
                        + "parsing a block collection that starts at line 3, column 3)"),
                text("duplicate-key", "topolint: 1\nhosts: [{id: a}]\nhosts: [{id: b}]\n",
                        "3:1: duplicate key 'hosts' (first defined at line 2)"),
                text("missing-required", "topolint: 1\nhosts: [{public_ip: 203.0.113.10}]\n",
                        "2:9: missing required property 'id'"),
                text("empty", "", "1:1: the file is empty; a descriptor starts with 'topolint: 1'"),
                text("several-documents", "topolint: 1\nhosts: [{id: a}]\n---\ntopolint: 1\nhosts: [{id: b}]\n",
                        "3:1: a descriptor is a single YAML document; a second one starts here"),
                bytes("latin-1", concat("topolint: 1\nname: caf".getBytes(StandardCharsets.US_ASCII), 0xE9, '\n'),
                        "2:10: not UTF-8 text: the byte 0xE9 here is not valid UTF-8; save the file as UTF-8"),
                bytes("binary", concat(new byte[0], 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D),
                        // The PNG signature holds a CR LF and an LF: the first NUL starts line 3.
                        "3:1: a binary file (a NUL byte here), not a YAML or JSON descriptor"),
                text("alias-bomb", aliasBomb(),
                        "7:45: the document expands to more than 1,000,000 maps, lists and values once its aliases are "
                        + "followed; -Dtopolint.maxNodes changes the limit"),
                text("deep-nesting", "topolint: 1\nname: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
                        "2:70: maps and lists nest more than 64 levels deep here; -Dtopolint.maxDepth changes the "
                        + "limit"),
                text("long-value", "topolint: 1\nhosts: [{id: " + "w".repeat(10_000) + "}]\n",
                        "2:14: a value of 10,000 characters, longer than the 4,096 topolint reads; "
                        + "-Dtopolint.maxScalarLength changes the limit"),
                text("huge-number",
                        "topolint: 1\nhosts: [{id: a, services: [{type: web, listen: [{port: 1e999999999}]}]}]\n",
                        "2:56: the number 1e999999999 is out of range"),
                text("global-tag", "topolint: 1\nhosts: !!javax.script.ScriptEngineManager [{id: a}]\n",
                        "2:8: the tag tag:yaml.org,2002:javax.script.ScriptEngineManager is not allowed; "
                        + "a descriptor holds plain values only"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isReportedWhileTheOtherFilesAreStillChecked(String name, byte[] content, String problem) throws IOException {
        Path file = directory.resolve(name + ".yaml");
        Files.write(file, content);

        assertBadAndGood(CliRun.of("check", file.toString(), CliRun.DESCRIPTOR), file + ":" + problem,
                CliRun.DESCRIPTOR);
    }

    @Test
    void aHundredMegabyteFileIsRefusedByItsSize() throws IOException {
        Path file = directory.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L * 1024 * 1024);
        }

        assertBadAndGood(CliRun.of("check", file.toString(), CliRun.DESCRIPTOR), file + ": the file is 104,857,600 "
                + "bytes, more than the 67,108,864 topolint reads; -Dtopolint.maxFileBytes changes the limit",
                CliRun.DESCRIPTOR);
    }

    @Test
    void anUnreadableFileInADirectoryIsReportedAndTheRestChecked() throws IOException {
        Files.copy(Paths.get(CliRun.DESCRIPTOR), directory.resolve("site.yaml"));
        // The kernel answers every read of this file with EIO, whoever asks: even root cannot read it.
        Files.createSymbolicLink(directory.resolve("memory.yaml"), Paths.get("/proc/self/mem"));

        CliRun run = CliRun.of("check", directory.toString());

        assertBadAndGood(run, directory.resolve("memory.yaml") + ": cannot read: Input/output error",
                directory.resolve("site.yaml").toString());
    }

    @Test
    void aSymbolicLinkLoopIsReportedAndTheRestChecked() throws IOException {
        Files.copy(Paths.get(CliRun.DESCRIPTOR), directory.resolve("site.yaml"));
        Files.createSymbolicLink(directory.resolve("loop"), directory);

        CliRun run = CliRun.of("check", directory.toString());

        assertBadAndGood(run,
                directory.resolve("loop") + ": a symbolic link to a folder that contains it; not followed",
                directory.resolve("site.yaml").toString());
    }

    @Test
    void jsonAndYamlWithAByteOrderMarkAreRead() throws IOException {
        Path json = directory.resolve("bom.json");
        Files.writeString(json, "\uFEFF{\"topolint\": 1, \"hosts\": [{\"id\": \"a\", \"ID\": \"b\"}]}\n");
        Path yaml = directory.resolve("bom.yaml");
        Files.writeString(yaml, "\uFEFFtopolint: 1\nhosts: [{id: a}]\nhosts: []\n");

        CliRun run = CliRun.of("check", json.toString(), yaml.toString());

        assertEquals(3, run.exitCode());
        assertEquals(json + ":1:39: unknown property 'ID'; did you mean 'id'?" + NL
                + yaml + ":3:1: duplicate key 'hosts' (first defined at line 2)" + NL, run.err(),
                "read past the mark, with columns counted from the first character after it");
    }

    private static void assertBadAndGood(CliRun run, String problem, String good) {
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(problem + NL, run.err(), "one line, no stack trace");
        List<String> lines = run.out().lines().toList();
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.startsWith("2 descriptors checked: ")
                && summary.endsWith(", 1 descriptor could not be read."), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(good + ":")),
                "the good descriptor's findings are reported: " + run.out());
    }

    private static String aliasBomb() {
        StringBuilder bomb = new StringBuilder("topolint: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 10; level++) {
            bomb.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
        }
        return bomb.toString();
    }

    private static Arguments text(String name, String content, String problem) {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8), problem);
    }

    private static Arguments bytes(String name, byte[] content, String problem) {
        return Arguments.of(name, content, problem);
    }

    private static byte[] concat(byte[] head, int... tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < tail.length; i++) {
            all[head.length + i] = (byte) tail[i];
        }
        return all;
    }
}
