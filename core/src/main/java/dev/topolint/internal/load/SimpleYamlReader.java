package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topolint.Limits;
import dev.topolint.internal.Background;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the YAML that descriptors are mostly written in, straight from the text: block maps and lists indented
 * with spaces, one-line flow maps and lists, plain values on one line, quoted values without escapes, and comments.
 * Anything else (anchors, tags, block scalars, values over several lines, empty values, escapes, tabs, a second
 * document) and anything a reader would refuse is left to SnakeYAML Engine: this reader then returns nothing and
 * the general reader starts over.
 *
 * <p>Why it exists: on a large estate SnakeYAML Engine's scanner took more time than the whole of the rest of a
 * check, as it keeps every token's position and possible keys for any YAML at all. What this reader returns is what
 * the general reader would: the same tree and the same region for every node. A differential test and a fuzz
 * target hold it to that.
 *
 * <p>A large text's top-level lists are cut into {@link ListPieces}, read on as many threads as there are
 * processors while this reader reads the rest; it then takes their items in order and grafts their source maps
 * onto its own.
 */
final class SimpleYamlReader {

    /** Leaves the text to the general reader. Not an error, so it carries no stack trace and is made once. */
    private static final class NotSimple extends Exception {
        private static final NotSimple INSTANCE = new NotSimple();

        private NotSimple() {
            super(null, null, false, false);
        }
    }

    private static final NotSimple NOT_SIMPLE = NotSimple.INSTANCE;
    /** A YAML parser looks no further than 1,024 characters for the colon after a key; this reader less far. */
    private static final int LONGEST_KEY = 1000;
    /** A top-level key's list, the only one read in pieces, is the value of a key of the document's map. */
    private static final int TOP_LEVEL_LIST_DEPTH = 1;

    /**
     * The items of a piece of a list, their source map, whose document node stands for the list, and where the
     * piece ends.
     */
    private record PieceRead(ArrayNode items, SourceMap sourceMap, int end) {
    }

    private final String text;
    private final int length;
    private final LineIndex lines;
    private final ScalarValues values;
    private final Limits limits;
    private final SourceMap sourceMap;
    /** Where the reader is: an index into the text, the zero-based line it is on and where that line starts. */
    private int at;
    private int line;
    private int lineStart;
    /** Where the inline value read last ends: a plain value's trailing spaces are not part of it. */
    private int valueEnd;
    /** The pieces of the top-level lists being read on other threads, by where their first items' lines start. */
    private final Map<Integer, List<Future<PieceRead>>> pieces;

    /** A reader of the text up to {@code end}, which it reads as the end of the text. */
    private SimpleYamlReader(String text, int end, LineIndex lines, ScalarValues values, Limits limits,
                             Map<Integer, List<Future<PieceRead>>> pieces) {
        this.text = text;
        this.length = end;
        this.lines = lines;
        this.values = values;
        this.limits = limits;
        this.pieces = pieces;
        this.sourceMap = new SourceMap(lines);
    }

    /**
     * The text's tree and source map, or nothing when the text is not one this reader reads.
     *
     * @param threads how many threads read the text's top-level lists, in pieces; with one, the reader reads
     *     them itself
     */
    static Optional<YamlTreeReader.Tree> read(String text, LineIndex lines, ScalarValues values, Limits limits,
                                              int threads) {
        // Twice as many pieces as threads, so that no thread is left with a long last piece while the others wait.
        Map<Integer, List<ListPieces.Piece>> cut = threads > 1 ? ListPieces.cut(text, lines, 2 * threads) : Map.of();
        ExecutorService pool = cut.isEmpty() ? null
                : Executors.newFixedThreadPool(threads, Background.threads("topolint-reader"));
        try {
            // Submitted in the text's order, in which this reader waits for them and checks what lies between them.
            Map<Integer, List<Future<PieceRead>>> reading = new HashMap<>();
            int from = 0;
            for (List<ListPieces.Piece> run : cut.values()) {
                reading.put(run.get(0).start(), run.stream()
                        .map(piece -> pool.submit(() -> readPiece(text, lines, limits, piece))).toList());
                // Each piece checks its own characters; this reader the rest.
                for (ListPieces.Piece piece : run) {
                    if (!hasSimpleCharacters(text, from, piece.start())) {
                        return Optional.empty();
                    }
                    from = piece.end();
                }
            }
            if (!hasSimpleCharacters(text, from, text.length())) {
                return Optional.empty();
            }
            return Optional.of(new SimpleYamlReader(text, text.length(), lines, values, limits, reading).document());
        } catch (NotSimple e) {
            return Optional.empty();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Reads one piece of a top-level list as a run of items; null when it is not one this reader reads. */
    private static PieceRead readPiece(String text, LineIndex lines, Limits limits, ListPieces.Piece piece) {
        if (!hasSimpleCharacters(text, piece.start(), piece.end())) {
            return null;
        }
        SimpleYamlReader reader = new SimpleYamlReader(text, piece.end(), lines, new ScalarValues(), limits,
                Map.of());
        reader.at = piece.start() + piece.indent();
        reader.line = piece.line();
        reader.lineStart = piece.start();
        int list = reader.sourceMap.document();
        try {
            if (!reader.atListEntry()) {
                return null;
            }
            ArrayNode items = (ArrayNode) reader.list(list, TOP_LEVEL_LIST_DEPTH, false);
            return reader.at == piece.end() ? new PieceRead(items, reader.sourceMap, piece.end()) : null;
        } catch (NotSimple e) {
            return null;
        }
    }

    /**
     * Printable characters and line feeds only: no tab, carriage return, byte order mark or other line break, and
     * no character outside the Basic Multilingual Plane, so that a column counts characters as YAML counts them.
     */
    private static boolean hasSimpleCharacters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean simple = c >= ' ' && c <= '~' || c == '\n'
                    || c >= '\u00a0' && c < '\ud800' && c != '\u2028' && c != '\u2029'
                    || c >= '\ue000' && c <= '\ufffd' && c != '\ufeff';
            if (!simple) {
                return false;
            }
        }
        return true;
    }

    private YamlTreeReader.Tree document() throws NotSimple {
        int root = sourceMap.document();
        skipBlankLines();
        if (atDocumentStart()) {
            skipToContent();
        }
        if (at == length || column() != 0) {
            throw NOT_SIMPLE;
        }
        JsonNode value = block(root, 0);
        if (at != length) {
            throw NOT_SIMPLE;
        }
        return new YamlTreeReader.Tree(value, sourceMap);
    }

    /**
     * Whether this line is the marker that may open the document: three dashes alone on the first line of content,
     * or followed by a comment. Anything else after them is left to the general reader.
     */
    private boolean atDocumentStart() throws NotSimple {
        if (!text.startsWith("---", at) || column() != 0) {
            return false;
        }
        at += 3;
        skipSpaces();
        if (!atLineEnd()) {
            throw NOT_SIMPLE;
        }
        return true;
    }

    private int column() {
        return at - lineStart;
    }

    private char current() {
        return at < length ? text.charAt(at) : '\n';
    }

    private char next() {
        return at + 1 < length ? text.charAt(at + 1) : '\n';
    }

    /** A map or a list whose first entry starts here, on a line of its own. */
    private JsonNode block(int declared, int depth) throws NotSimple {
        return atListEntry() ? list(declared, depth, false) : map(declared, depth);
    }

    /**
     * Refuses a map or a list at this depth when its entries would reach the depth limit, which the general reader
     * reports.
     */
    private void requireRoomBelow(int depth) throws NotSimple {
        if (depth + 1 >= limits.maxDepth()) {
            throw NOT_SIMPLE;
        }
    }

    private boolean atListEntry() {
        return current() == '-' && (next() == ' ' || next() == '\n');
    }

    /**
     * A block map whose first key starts here. Like every block node, it ends where the next line of content
     * starts further left, or at the end of the text, which is where a YAML parser ends it too.
     */
    private JsonNode map(int declared, int depth) throws NotSimple {
        requireRoomBelow(depth);
        int start = at;
        int indent = column();
        int startLine = line;
        ObjectNode map = new ObjectNode(JsonNodeFactory.instance, new CompactFields());
        while (true) {
            int keyEnd = keyEnd();
            if (keyEnd < 0) {
                throw NOT_SIMPLE;
            }
            String name = values.text(scalarText(at, keyEnd)).textValue();
            if (map.has(name)) {
                throw NOT_SIMPLE;
            }
            int property = sourceMap.property(declared, name, at, keyEnd);
            at = keyEnd + 1;
            map.set(name, valueOf(indent, property, depth + 1));
            if (at == length || column() < indent) {
                break;
            }
            if (column() > indent || atListEntry()) {
                throw NOT_SIMPLE;
            }
        }
        placeBlock(declared, start, startLine);
        return map;
    }

    /**
     * Where the key that starts here ends, at its colon, or -1 when this line does not start with a plain key: a
     * key is written on one line and followed by a colon and a space or the line's end.
     */
    private int keyEnd() {
        if (!startsPlain()) {
            return -1;
        }
        for (int i = at + 1; i < length && i - at <= LONGEST_KEY; i++) {
            char c = text.charAt(i);
            if (c == '\n' || commentStartsAt(i)) {
                return -1;
            }
            if (c == ':' && (i + 1 == length || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
                return text.charAt(i - 1) == ' ' ? -1 : i;
            }
        }
        return -1;
    }

    /** The value after a block map's key, from just after its colon; leaves the reader on the next line of content. */
    private JsonNode valueOf(int indent, int declared, int depth) throws NotSimple {
        skipSpaces();
        if (atLineEnd()) {
            skipToContent();
            List<Future<PieceRead>> read = depth == TOP_LEVEL_LIST_DEPTH ? pieces.get(lineStart) : null;
            if (read != null) {
                return adopt(declared, read);
            }
            if (at < length && column() == indent && atListEntry()) {
                return list(declared, depth, true);
            }
            if (at == length || column() <= indent) {
                // An empty value: rarer, and read by the general reader.
                throw NOT_SIMPLE;
            }
            return block(declared, depth);
        }
        return inlineToLineEnd(indent, declared, depth);
    }

    /**
     * A top-level list read in pieces on other threads, whose first entry starts here: their items in order, after
     * which the reader goes on where the last piece ends.
     */
    private JsonNode adopt(int declared, List<Future<PieceRead>> read) throws NotSimple {
        int start = at;
        int startLine = line;
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        int end = at;
        for (Future<PieceRead> piece : read) {
            PieceRead items = Background.joined(piece);
            if (items == null) {
                throw NOT_SIMPLE;
            }
            list.addAll(items.items());
            sourceMap.graftItems(declared, items.sourceMap());
            end = items.end();
        }
        at = end;
        line = lines.lineOf(at);
        lineStart = lines.start(line);
        placeBlock(declared, start, startLine);
        return list;
    }

    /**
     * Places a block node that starts at an offset on a line and that the reader has just read past: it ends on its
     * last line of content, before the blank and comment lines and the indentation that the reader has skipped.
     */
    private void placeBlock(int node, int start, int startLine) {
        sourceMap.place(node, start, lines.nodeEnd(startLine, line, at));
    }

    /**
     * A block list whose first entry starts here. An entry holds a value on its line, or a map whose first key is
     * on its line.
     *
     * @param levelWithKey whether the list is written level with the key whose value it is, so that the map's next
     *     key ends it
     */
    private JsonNode list(int declared, int depth, boolean levelWithKey) throws NotSimple {
        requireRoomBelow(depth);
        int start = at;
        int indent = column();
        int startLine = line;
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        while (true) {
            at++;
            skipSpaces();
            if (atLineEnd() || atListEntry()) {
                throw NOT_SIMPLE;
            }
            int item = sourceMap.item(declared);
            list.add(keyEnd() >= 0 ? block(item, depth + 1) : inlineToLineEnd(indent, item, depth + 1));
            if (at == length || column() < indent) {
                break;
            }
            if (levelWithKey && column() == indent && !atListEntry()) {
                break;
            }
            if (column() > indent || !atListEntry()) {
                throw NOT_SIMPLE;
            }
        }
        placeBlock(declared, start, startLine);
        return list;
    }

    /**
     * A value that starts and ends on this line, then the rest of the line, which may hold a comment; leaves the
     * reader on the next line of content, which must not continue the value.
     */
    private JsonNode inlineToLineEnd(int indent, int declared, int depth) throws NotSimple {
        JsonNode value = inline(declared, depth, false);
        skipSpaces();
        if (!atLineEnd()) {
            throw NOT_SIMPLE;
        }
        skipToContent();
        if (at < length && column() > indent) {
            throw NOT_SIMPLE;
        }
        return value;
    }

    /** A flow map or list, a quoted value or a plain value, which starts here and ends on this line. */
    private JsonNode inline(int declared, int depth, boolean inFlow) throws NotSimple {
        int start = at;
        JsonNode value = switch (current()) {
            case '[' -> flowList(declared, depth);
            case '{' -> flowMap(declared, depth);
            case '"', '\'' -> quoted();
            default -> plain(inFlow);
        };
        sourceMap.place(declared, start, valueEnd);
        return value;
    }

    private JsonNode flowList(int declared, int depth) throws NotSimple {
        requireRoomBelow(depth);
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        at++;
        skipSpaces();
        if (current() != ']') {
            while (true) {
                if (current() == ',' || current() == ']') {
                    throw NOT_SIMPLE;
                }
                list.add(inline(sourceMap.item(declared), depth + 1, true));
                if (flowEntryEnds(']')) {
                    break;
                }
            }
        }
        valueEnd = ++at;
        return list;
    }

    private JsonNode flowMap(int declared, int depth) throws NotSimple {
        requireRoomBelow(depth);
        ObjectNode map = new ObjectNode(JsonNodeFactory.instance, new CompactFields());
        at++;
        skipSpaces();
        if (current() != '}') {
            while (true) {
                int keyStart = at;
                if (!startsPlain()) {
                    throw NOT_SIMPLE;
                }
                int keyEnd = plainEnd(true);
                if (keyEnd != at || keyEnd - keyStart > LONGEST_KEY || current() != ':' || next() != ' ') {
                    throw NOT_SIMPLE;
                }
                String name = values.text(scalarText(keyStart, keyEnd)).textValue();
                if (map.has(name)) {
                    throw NOT_SIMPLE;
                }
                int property = sourceMap.property(declared, name, keyStart, keyEnd);
                at++;
                skipSpaces();
                if (current() == ',' || current() == '}') {
                    throw NOT_SIMPLE;
                }
                map.set(name, inline(property, depth + 1, true));
                if (flowEntryEnds('}')) {
                    break;
                }
            }
        }
        valueEnd = ++at;
        return map;
    }

    /**
     * After an entry of a flow map or list: whether the closing bracket follows, left for the caller to pass, or
     * a comma and another entry, passed here. A trailing comma, a comment or a line break is left to the general
     * reader.
     */
    private boolean flowEntryEnds(char closing) throws NotSimple {
        skipSpaces();
        if (current() == closing) {
            return true;
        }
        if (current() != ',') {
            throw NOT_SIMPLE;
        }
        at++;
        skipSpaces();
        if (current() == closing) {
            throw NOT_SIMPLE;
        }
        return false;
    }

    /** A quoted value on one line; double-quoted without escapes, single-quoted with {@code ''} for a quote. */
    private JsonNode quoted() throws NotSimple {
        char quote = current();
        int start = ++at;
        StringBuilder unquoted = null;
        while (true) {
            char c = current();
            if (at == length || c == '\n' || c == '\\' && quote == '"') {
                throw NOT_SIMPLE;
            }
            if (c == quote) {
                if (quote == '\'' && next() == '\'') {
                    unquoted = (unquoted == null ? new StringBuilder() : unquoted).append(text, start, at + 1);
                    at += 2;
                    start = at;
                    continue;
                }
                break;
            }
            at++;
        }
        String value = unquoted == null ? scalarText(start, at) : scalarText(unquoted.append(text, start, at));
        valueEnd = ++at;
        char after = current();
        if (after != ' ' && after != '\n' && after != ',' && after != ']' && after != '}') {
            throw NOT_SIMPLE;
        }
        return values.text(value);
    }

    /** A plain value on one line, resolved as the core schema resolves it. */
    private JsonNode plain(boolean inFlow) throws NotSimple {
        if (!startsPlain()) {
            throw NOT_SIMPLE;
        }
        int start = at;
        valueEnd = plainEnd(inFlow);
        if (current() == ':') {
            throw NOT_SIMPLE;
        }
        try {
            return values.plain(scalarText(start, valueEnd));
        } catch (ScalarValues.OutOfRange e) {
            throw NOT_SIMPLE;
        }
    }

    /**
     * Whether a plain value can start here. YAML gives the indicators a meaning at the start of a value; a
     * {@code -} followed by anything but a space or a flow indicator starts a plain value (a negative number).
     */
    private boolean startsPlain() {
        char c = current();
        if (c == '-') {
            char after = next();
            return after != ' ' && after != '\n' && ",[]{}".indexOf(after) < 0;
        }
        return c != ' ' && c != '\n' && "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }

    /**
     * Reads a plain value to its end: the end of the line, a comment, or a colon before a space (a key's end); in
     * a flow collection also a flow indicator or any colon. Returns where its text ends, before any spaces that
     * follow it; the reader is left where it stopped.
     */
    private int plainEnd(boolean inFlow) {
        int end = at;
        while (at < length) {
            char c = text.charAt(at);
            if (c == '\n' || commentStartsAt(at)) {
                break;
            }
            if (c == ':' && (inFlow || next() == ' ' || next() == '\n')) {
                break;
            }
            if (inFlow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) {
                break;
            }
            at++;
            if (c != ' ') {
                end = at;
            }
        }
        return end;
    }

    private String scalarText(int start, int end) throws NotSimple {
        if (end - start > limits.maxScalarLength()) {
            throw NOT_SIMPLE;
        }
        return text.substring(start, end);
    }

    private String scalarText(StringBuilder value) throws NotSimple {
        if (value.length() > limits.maxScalarLength()) {
            throw NOT_SIMPLE;
        }
        return value.toString();
    }

    private void skipSpaces() {
        while (at < length && text.charAt(at) == ' ') {
            at++;
        }
    }

    /** Whether the line's content ends here: at its line break, the text's end, or a comment after a space. */
    private boolean atLineEnd() {
        return at == length || text.charAt(at) == '\n' || commentStartsAt(at);
    }

    /** Whether a comment starts at this character of a line's content: a {@code #} after a space. */
    private boolean commentStartsAt(int index) {
        return text.charAt(index) == '#' && text.charAt(index - 1) == ' ';
    }

    /**
     * Moves past the rest of this line to the first character of the next line of content, or the end of the text.
     * A document marker there ends a document, which only the general reader handles.
     */
    private void skipToContent() throws NotSimple {
        if (!nextLine()) {
            return;
        }
        skipBlankLines();
        if (column() == 0 && (text.startsWith("---", at) || text.startsWith("...", at))) {
            throw NOT_SIMPLE;
        }
    }

    /**
     * From the start of a line, moves past blank lines and comment lines to the first character of the next line
     * of content, or the end of the text.
     */
    private void skipBlankLines() {
        while (true) {
            skipSpaces();
            if (at == length || text.charAt(at) != '\n' && text.charAt(at) != '#' || !nextLine()) {
                return;
            }
        }
    }

    /** Moves past the rest of this line and its line break; false when the text ends on this line. */
    private boolean nextLine() {
        while (at < length && text.charAt(at) != '\n') {
            at++;
        }
        if (at == length) {
            return false;
        }
        at++;
        line++;
        lineStart = at;
        return true;
    }
}
