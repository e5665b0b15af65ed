package dev.topolint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {"findings", "problems", "empty"})
    void matchesTheGoldenFile(String report) {
        assertEquals(Golden.read(report + ".md"),
                new MarkdownRenderer(RenderSettings.of(Reports.TOOL_VERSION)).render(Reports.named(report)));
    }

    @Test
    void wrapsProseAtEightyColumnsAndIndentsTheRestOfAListItem() {
        String text = "word ".repeat(30).trim();

        List<String> lines = MarkdownText.wrap(text, "- ", "  ");

        assertEquals(List.of("- " + "word ".repeat(15).trim(), "  " + "word ".repeat(15).trim()), lines);
    }

    @Test
    void neverStartsAWrappedLineWithSomethingThatOpensABlock() {
        String text = "x".repeat(77) + " - y";

        assertEquals(List.of("x".repeat(77) + " -", "y"), MarkdownText.wrap(text, "", ""));
    }

    @Test
    void escapesMarkupAndAddressesThatWouldBecomeLinks() {
        assertEquals("writes\\_to \\<db\\> www\\.foobar.com https:\\/\\/example.com",
                MarkdownText.escape("writes_to <db> www.foobar.com https://example.com"));
    }

    @Test
    void quotesTheFirstProseParagraphOfASection() {
        String page = "# r\n\n## How to fix\n\n```diff\n- a\n```\n\nDo this\nand that.\n\nNot this.\n";

        assertEquals("Do this and that.", RulePage.firstParagraph(page, RulePage.FIX));
        assertEquals("", RulePage.firstParagraph(page, RulePage.WHY));
    }
}
