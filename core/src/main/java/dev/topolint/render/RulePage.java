package dev.topolint.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a rule's documentation page that reports quote. Every page has the sections
 * {@code ## Why it matters} and {@code ## How to fix}; the first paragraph of each is prose that stands alone.
 */
final class RulePage {

    static final String WHY = "Why it matters";
    static final String FIX = "How to fix";

    private RulePage() {
    }

    /**
     * The first paragraph of prose under a {@code ##} heading, its lines joined by spaces; code blocks are
     * passed over. Empty when the section has no prose.
     */
    static String firstParagraph(String page, String heading) {
        List<String> paragraph = new ArrayList<>();
        boolean inSection = false;
        boolean inCode = false;
        for (String line : page.split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (inCode) {
                continue;
            } else if (line.startsWith("## ")) {
                if (inSection) {
                    break;
                }
                inSection = line.substring(3).trim().equals(heading);
            } else if (inSection && !line.isBlank()) {
                paragraph.add(line.trim());
            } else if (inSection && !paragraph.isEmpty()) {
                break;
            }
        }
        return String.join(" ", paragraph);
    }

    /** The first sentence of a message: up to the first full stop or colon that ends a word, inclusive. */
    static String firstSentence(String message) {
        for (int i = 0; i < message.length() - 1; i++) {
            char c = message.charAt(i);
            if ((c == '.' || c == ':') && message.charAt(i + 1) == ' ') {
                return message.substring(0, i) + ".";
            }
        }
        return message;
    }
}
