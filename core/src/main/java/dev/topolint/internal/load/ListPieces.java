package dev.topolint.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts the lists of a descriptor's top-level keys into pieces of whole items, to be read on several threads: a
 * large estate is a few long lists, of hosts, load balancers and firewalls, each under a key at the start of a
 * line. An item starts on a line of its own with a dash at its list's indentation, and in the YAML the simple
 * reader reads no other line looks like that. Should the text hold other YAML, a piece does not read as a run of
 * items and the reader gives the text up, as it would have without pieces.
 */
final class ListPieces {

    /**
     * A run of whole items of one list.
     *
     * @param start where the line of the first item starts
     * @param line that line, zero-based
     * @param end where the line after the last item and what follows it starts: the next top-level key, or the
     *     end of the text
     * @param indent the list's indentation
     */
    record Piece(int start, int line, int end, int indent) {
    }

    /** The first item's line and the items' lines of one list, until it ends. */
    private static final class Section {
        private final int indent;
        private final List<Integer> items = new ArrayList<>();
        private int end;

        private Section(int indent, int firstItem) {
            this.indent = indent;
            items.add(firstItem);
        }
    }

    private ListPieces() {
    }

    /**
     * The pieces of each top-level list, in the text's order, by where its first item's line starts: the lists
     * together are cut at item starts into about the given number of pieces of about the same length, and a list
     * shorter than that is one piece. Empty when a document marker follows the first line of content, which the
     * simple reader leaves to the general one.
     */
    static Map<Integer, List<Piece>> cut(String text, LineIndex lines, int pieces) {
        List<Section> sections = sections(text, lines);
        if (sections == null) {
            return Map.of();
        }
        long listed = 0;
        for (Section section : sections) {
            listed += section.end - lines.start(section.items.get(0));
        }
        long length = Math.max(1, listed / Math.max(1, pieces));
        Map<Integer, List<Piece>> cut = new TreeMap<>();
        for (Section section : sections) {
            List<Piece> run = new ArrayList<>();
            int first = section.items.get(0);
            for (int item : section.items) {
                if (lines.start(item) - lines.start(first) >= length) {
                    run.add(new Piece(lines.start(first), first, lines.start(item), section.indent));
                    first = item;
                }
            }
            run.add(new Piece(lines.start(first), first, section.end, section.indent));
            cut.put(run.get(0).start(), run);
        }
        return cut;
    }

    /** Every list that is the value of a top-level key, or null when a document marker follows the first content. */
    private static List<Section> sections(String text, LineIndex lines) {
        List<Section> sections = new ArrayList<>();
        Section open = null;
        boolean afterKey = false;
        boolean content = false;
        for (int line = 0; line < lines.lineCount(); line++) {
            int start = lines.start(line);
            int at = start;
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            if (at == text.length() || text.charAt(at) == '\n' || text.charAt(at) == '#') {
                continue;
            }
            boolean entry = text.charAt(at) == '-' && (at + 1 == text.length() || text.charAt(at + 1) == ' '
                    || text.charAt(at + 1) == '\n');
            if (at == start && !entry) {
                if (text.startsWith("---", at) || text.startsWith("...", at)) {
                    if (content) {
                        return null;
                    }
                    continue;
                }
                if (open != null) {
                    open.end = start;
                    open = null;
                }
                afterKey = true;
            } else if (afterKey) {
                afterKey = false;
                if (entry) {
                    open = new Section(at - start, line);
                    sections.add(open);
                }
            } else if (open != null && entry && at - start == open.indent) {
                open.items.add(line);
            }
            content = true;
        }
        if (open != null) {
            open.end = text.length();
        }
        return sections;
    }
}
