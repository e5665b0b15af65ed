package dev.topolint.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Prose in Markdown that markdownlint's default rules accept: lines of at most 80 characters, and characters
 * that Markdown would read as markup escaped.
 */
final class MarkdownText {

    static final int LINE_LENGTH = 80;

    /** A word that would open a list, a heading or a quote if a wrapped line started with it. */
    private static final Pattern BLOCK_START = Pattern.compile("[-+*>#=]+|\\d+[.)]");
    private static final Pattern WWW = Pattern.compile("(?i)\\b(www)\\.");
    private static final Pattern MARKUP = Pattern.compile("([\\\\`*_<>\\[\\]|#])");

    private MarkdownText() {
    }

    /**
     * Escapes markup, and the starts of the addresses that GitHub would turn into links by themselves
     * ({@code www.} and {@code ://}): a host name in a message is a name, not a link.
     */
    static String escape(String text) {
        String escaped = MARKUP.matcher(text).replaceAll("\\\\$1");
        return WWW.matcher(escaped).replaceAll("$1\\\\.").replace("://", ":\\/\\/");
    }

    /**
     * Wraps text at word boundaries. The first line starts with {@code first}, the others with {@code rest}
     * (the indent that keeps them inside a list item). A word longer than a line stands alone on its line.
     */
    static List<String> wrap(String text, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.trim().split(" +")) {
            boolean fits = line.length() + 1 + word.length() <= LINE_LENGTH;
            if (!empty && !fits && !BLOCK_START.matcher(word).matches()) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
