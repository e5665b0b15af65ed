package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.topolint.DescriptorException;
import dev.topolint.Limits;
import dev.topolint.Problem;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input written to hurt: each is refused at the place that crosses a limit, before it costs much. */
class HostileInputTest {

    private static final DescriptorLoader LOADER = new DescriptorLoader();

    private static List<String> problems(DescriptorLoader loader, String text) {
        DescriptorException error = assertThrows(DescriptorException.class, () -> loader.load("d.yaml", text));
        return error.problems().stream().map(Problem::describe).toList();
    }

    private static List<String> problems(String text) {
        return problems(LOADER, text);
    }

    @Test
    void billionLaughsIsRefusedAtTheAliasThatWouldExpandPastTheNodeAllowance() {
        StringBuilder bomb = new StringBuilder("topolint: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 10; level++) {
            bomb.append('a').append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*a" + (level - 1))))
                    .append("]\n");
        }
        // Level n holds 111...1 (n + 2 ones) nodes: the root, its version and levels 0 to 4 come to 123,457, and
        // level 5's list one more. The allowance is 1,000,000 plus one node per character written (12 + 39 + 9 * 59
        // = 582): seven expansions of level 4 bring 901,235, the eighth would bring 1,012,346. It is refused at
        // that alias, column 10 + 7 * 5 of line 7, before the 51st alias is read or anything is expanded.
        assertEquals(List.of("d.yaml:7:45: the document expands to more than 1,000,000 maps, lists and values once "
                + "its aliases are followed; -Dtopolint.maxNodes changes the limit"), problems(bomb.toString()));
    }

    @Test
    void aliasesToMapsOrListsAreRefusedAtTheFirstOverTheLimit() {
        StringBuilder text = new StringBuilder("topolint: 1\na0: &a0 [x]\n");
        for (int level = 1; level <= 6; level++) {
            text.append('a').append(level).append(": [").append(String.join(", ", Collections.nCopies(10, "*a0")))
                    .append("]\n");
        }
        // Lines 3 to 7 hold 50 aliases; the first alias of line 8 is the 51st.
        assertEquals(List.of("d.yaml:8:6: more than 50 aliases to maps or lists; -Dtopolint.maxAliases changes the "
                + "limit"), problems(text.toString()));
    }

    @Test
    void aliasesThatStayUnderTheAliasLimitStillCannotExpandWithoutBound() {
        DescriptorLoader loader = new DescriptorLoader(new Limits(1 << 20, 64, 4096, 50, 1_000));
        String text = "topolint: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
        // Root, its version, a and its ten values, b and its ten expansions of a (110), c: 125 nodes; each
        // expansion of b adds 111. The allowance is the limit plus one node per character written, 1,000 + 140:
        // nine expansions of b bring 1,124 and the tenth would bring 1,235, so the tenth alias, column 5 + 9 * 4,
        // is refused before it is followed.
        assertEquals(List.of("d.yaml:4:41: the document expands to more than 1,000 maps, lists and values once its "
                + "aliases are followed; -Dtopolint.maxNodes changes the limit"), problems(loader, text));
    }

    @Test
    void aListThatContainsItselfIsRefused() {
        assertEquals(List.of("d.yaml:2:12: the alias *a is inside the map or list it names; a descriptor cannot "
                + "contain itself"), problems("topolint: 1\nhosts: &a [*a]\n"));
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserRecursesIntoIt() {
        String text = "topolint: 1\nname: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        // The document's map is the first level, so the 64th bracket, at column 7 + 63, opens the 65th.
        assertEquals(List.of("d.yaml:2:70: maps and lists nest more than 64 levels deep here; -Dtopolint.maxDepth "
                + "changes the limit"), problems(text));
    }

    @Test
    void aliasesCannotNestDeeperThanTheLimit() {
        String deep = "[".repeat(40) + "]".repeat(40);
        String text = "topolint: 1\na: &a " + deep + "\nb: " + "[".repeat(30) + "*a" + "]".repeat(30) + "\n";
        // Through the alias at depth 31, the 34th bracket of a (column 7 + 33) sits at depth 64.
        assertEquals(List.of("d.yaml:2:40: maps and lists nest more than 64 levels deep once aliases are followed; "
                + "-Dtopolint.maxDepth changes the limit"), problems(text));
    }

    @Test
    void aTenThousandCharacterValueIsRefusedWhereItStarts() {
        String text = "topolint: 1\nhosts:\n  - id: " + "w".repeat(10_000) + "\n";
        assertEquals(List.of("d.yaml:3:9: a value of 10,000 characters, longer than the 4,096 topolint reads; "
                + "-Dtopolint.maxScalarLength changes the limit"), problems(text));
    }

    @Test
    void hugeNumbersAreRefusedNotComputedWith() {
        assertEquals(List.of(
                        "d.yaml:3:12: the number 99999999999999999999999 is too large; whole numbers go up to "
                                + Long.MAX_VALUE,
                        "d.yaml:4:12: the number 1e999999999 is out of range",
                        "d.yaml:5:12: the number 1e-999999999 is out of range"),
                problems("topolint: 1\nhosts: [{id: a}]\nbig:       99999999999999999999999\n"
                        + "exponent:  1e999999999\ntiny:      1e-999999999\n"));
    }

    @Test
    void globalTagsNeverNameAClassToBuild() {
        assertEquals(List.of(
                        "d.yaml:2:7: the tag tag:yaml.org,2002:javax.script.ScriptEngineManager is not allowed; "
                                + "a descriptor holds plain values only",
                        "d.yaml:3:8: the tag tag:yaml.org,2002:java.net.URLClassLoader is not allowed; "
                                + "a descriptor holds plain values only",
                        "d.yaml:4:8: the tag tag:yaml.org,2002:set is not allowed; "
                                + "a descriptor holds plain values only"),
                problems("topolint: 1\nname: !!javax.script.ScriptEngineManager x\n"
                        + "hosts: !!java.net.URLClassLoader [{id: a}]\n"
                        + "other: !!set {a: null}\n"));
    }

    @Test
    void everyExplicitTagIsRefusedEvenACoreOneOrAMalformedOne() {
        assertEquals(List.of("d.yaml:2:7: the tag tag:yaml.org,2002:int is not allowed; "
                        + "a descriptor holds plain values only"),
                problems("topolint: 1\nport: !!int abc\n"));
        // Found by fuzzing: the composer threw an IllegalArgumentException on this tag, which ends in U+0003.
        assertEquals(List.of("d.yaml:1:1: the tag !?0\\u0003 is not allowed; a descriptor holds plain values only"),
                problems("!?%30%3"));
    }

    @Test
    void controlCharactersInAQuotedValueCannotReachTheTerminal() {
        assertEquals(List.of("d.yaml:3:47: unknown host 'x\\u001B[2J\\u000A'"),
                problems("topolint: 1\nhosts: [{id: a}]\n"
                        + "firewalls: [{id: f, type: network, protects: [\"x\\e[2J\\n\"], inbound: []}]\n"));
    }

    @Test
    void anEscapeCutShortAtTheEndOfTheTextIsASyntaxErrorAfterTheLastValueRead() {
        // Found by fuzzing: SnakeYAML Engine's scanner throws a NumberFormatException on a \U escape without digits.
        assertEquals(List.of("d.yaml:2:5: YAML syntax error: the text after this point cannot be read "
                + "(NumberFormatException: For input string: \"\" under radix 16)"),
                problems("topolint: 1\nname: \"a\\U"));
    }

    @Test
    void anEmojiAcrossTheParsersBufferBoundaryIsRead() throws DescriptorException {
        // Found by fuzzing: SnakeYAML Engine reads 1,025 chars at a time and failed when the 1,025th began a pair.
        String head = "topolint: 1\nhosts: [{id: a}]\n# ";
        String text = head + "x".repeat(1024 - head.length()) + "\uD83D\uDE00 a comment\n";

        assertEquals("a", LOADER.load("d.yaml", text).descriptor().hosts().get(0).id());
    }

    @Test
    void textLongerThanTheFileLimitIsNotParsed() {
        DescriptorLoader loader = new DescriptorLoader(new Limits(64, 64, 4096, 50, 1_000_000));
        assertEquals(List.of("d.yaml:1:1: the descriptor has 100 characters, more than the 64 bytes topolint "
                + "reads; -Dtopolint.maxFileBytes changes the limit"), problems(loader, "#".repeat(100)));
    }
}
