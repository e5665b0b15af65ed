package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topolint.DescriptorException;
import dev.topolint.Limits;
import dev.topolint.Problem;
import dev.topolint.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads YAML (and JSON, a subset of YAML 1.2) into a Jackson tree plus a {@link SourceMap}.
 *
 * <p>YAML written in the forms most descriptors use is read by {@link SimpleYamlReader}, several times faster; the
 * rest, and whatever is to be refused, by SnakeYAML Engine. This reader builds the tree from the engine's events,
 * which keep their positions, without composing a node tree first: a node tree with its marks took several times
 * the memory of the text it came from. No object is ever constructed (tags are refused before), duplicate keys are
 * refused with the position of the second one, and the YAML 1.2 core schema keeps {@code on}, {@code no} and
 * {@code NO} strings.
 */
final class YamlTreeReader {

    /**
     * From this length on, a text is large enough to be worth more threads: its top-level lists are read on as many
     * threads as there are processors (or, when the engine reads it, it is parsed on a thread of its own while the
     * tree is built), and it is checked against the schema while the model is built.
     */
    static final int LARGE_TEXT = 256 * 1024;

    private final String file;
    private final Limits limits;
    private final LineIndex lines;
    private final SourceMap sourceMap;
    private final List<Problem> problems = new ArrayList<>();
    private final long maxNodes;
    private long visited;
    private final ScalarValues values = new ScalarValues();
    /** How many nodes each anchored node counts once its own aliases are followed, as it was written. */
    private final Map<Anchor, Long> expandedSizes = new HashMap<>();

    private YamlTreeReader(String file, String text, Limits limits) {
        this.file = file;
        this.limits = limits;
        this.lines = new LineIndex(text);
        this.sourceMap = new SourceMap(lines);
        // Written out, a node takes at least one character: only what aliases add beyond the text counts.
        this.maxNodes = (long) limits.maxNodes() + text.length();
    }

    /** The document's tree and source map. */
    record Tree(JsonNode root, SourceMap sourceMap) {
    }

    static Tree read(String file, String text, Limits limits) throws DescriptorException {
        YamlTreeReader reader = new YamlTreeReader(file, text, limits);
        if (!isJson(text) && text.length() <= limits.maxFileBytes()) {
            Optional<Tree> simple = SimpleYamlReader.read(text, reader.lines, reader.values, limits,
                    text.length() >= LARGE_TEXT ? Runtime.getRuntime().availableProcessors() : 1);
            if (simple.isPresent()) {
                return simple.get();
            }
        }
        return reader.readWithEngine(text);
    }

    /** Reads the text with SnakeYAML Engine, whatever its form: what {@link SimpleYamlReader} is held to. */
    static Tree readWithEngine(String file, String text, Limits limits) throws DescriptorException {
        return new YamlTreeReader(file, text, limits).readWithEngine(text);
    }

    private Tree readWithEngine(String text) throws DescriptorException {
        return read(isJson(text) ? untab(text) : text);
    }

    private static boolean isJson(String text) {
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /**
     * JSON allows tabs wherever it allows spaces, YAML not in indentation. Valid JSON has no literal tab inside a
     * string, so turning each into a space changes nothing but lets the YAML parser read it, column for column.
     */
    private static String untab(String json) {
        return json.replace('\t', ' ');
    }

    private Tree read(String text) throws DescriptorException {
        if (text.length() > limits.maxFileBytes()) {
            throw new DescriptorException(new Problem(file, new Region(1, 1, 1, 2), DocumentBounds.overLimit(
                    "the descriptor has " + DocumentBounds.format(text.length()) + " characters, more than the "
                    + DocumentBounds.format(limits.maxFileBytes()) + " bytes topolint reads", "maxFileBytes")));
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(ScalarValues.SCHEMA)
                .setUseMarks(true)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit((int) Math.min(limits.maxFileBytes(), Integer.MAX_VALUE))
                .build();
        JsonNode root;
        Iterator<Event> parsed = new Parse(settings).parseReader(new SurrogateSafeReader(text)).iterator();
        EventsReadAhead ahead = text.length() >= LARGE_TEXT ? EventsReadAhead.of(parsed) : null;
        try {
            DocumentBounds bounds = new DocumentBounds(file, limits);
            EventCursor events = EventCursor.over(ahead != null ? ahead : parsed, bounds);
            events.next();
            Event document = events.next();
            if (document.getEventId() == Event.ID.StreamEnd) {
                throw new DescriptorException(new Problem(file, new Region(1, 1, 1, 1),
                        "the file is empty; a descriptor starts with 'topolint: 1'"));
            }
            root = convert(events, events.next(), 0, sourceMap.document());
            // A syntax error or a crossed bound further on, or a second document, still refuses the file.
            events.drain();
            bounds.verify();
        } catch (MarkedYamlEngineException e) {
            throw new DescriptorException(syntaxProblem(e));
        } catch (YamlEngineException e) {
            throw new DescriptorException(new Problem(file, new Region(1, 1, 1, 1), e.getMessage()));
        } finally {
            if (ahead != null) {
                ahead.close();
            }
        }
        if (!problems.isEmpty()) {
            throw new DescriptorException(problems);
        }
        return new Tree(root, sourceMap);
    }

    private Problem syntaxProblem(MarkedYamlEngineException e) {
        Optional<Mark> context = e.getContextMark();
        // At the end of the stream the construct left open (a quote, a bracket) is where the writer must look.
        Optional<Mark> where = e.getProblem().contains("end of stream") && context.isPresent()
                ? context : e.getProblemMark().or(() -> context);
        Region region = where
                .map(mark -> new Region(mark.getLine() + 1, mark.getColumn() + 1, mark.getLine() + 1,
                        mark.getColumn() + 2))
                .orElse(new Region(1, 1, 1, 1));
        if (e.getProblem().contains("another document")) {
            return new Problem(file, region, "a descriptor is a single YAML document; a second one starts here");
        }
        String within = e.getContext() == null ? ""
                : context.filter(mark -> !mark.equals(where.orElse(null)))
                        .map(mark -> " (" + e.getContext() + " that starts at line " + (mark.getLine() + 1)
                                + ", column " + (mark.getColumn() + 1) + ")")
                        .orElse(" (" + e.getContext() + ")");
        return new Problem(file, region, "YAML syntax error: " + e.getProblem() + within);
    }

    /**
     * Converts the node that starts with the given event, reading the rest of it from the cursor.
     *
     * @param depth how many maps and lists enclose the node once aliases are followed: each alias may add up to
     *     the depth limit, so the tree is measured again here, before the schema check recurses through it
     * @param declared the source map's node for it, placed here once it is read
     */
    private JsonNode convert(EventCursor events, Event first, int depth, int declared)
            throws DescriptorException {
        if (first instanceof AliasEvent alias) {
            if (events.named(alias).isEmpty()) {
                // An alias to no anchor: the bounds refuse the file once it is read, so any value stands in.
                place(declared, span(first, first));
                return JsonNodeFactory.instance.nullNode();
            }
            // Refused before the alias is followed, so that a few lines of aliases cost no more than reading them. A
            // node read but not built (a key, a duplicate) has no size: the count as it is followed still holds.
            if (visited + expandedSizes.getOrDefault(alias.getAlias(), 0L) > maxNodes) {
                throw new DescriptorException(new Problem(file, region(first, first), overNodeLimit()));
            }
            EventCursor named = events.replay(alias);
            return convert(named, named.next(), depth, declared);
        }
        if (++visited > maxNodes) {
            throw new DescriptorException(new Problem(file, skip(events, first), overNodeLimit()));
        }
        if (depth >= limits.maxDepth() && !(first instanceof ScalarEvent)) {
            throw new DescriptorException(new Problem(file, skip(events, first), DocumentBounds.overLimit(
                    "maps and lists nest more than " + limits.maxDepth() + " levels deep once aliases are followed",
                    "maxDepth")));
        }
        long visitedBefore = visited - 1;
        JsonNode value;
        Span span;
        if (first instanceof MappingStartEvent) {
            ObjectNode object = new ObjectNode(JsonNodeFactory.instance, new CompactFields());
            span = span(first, convertMapping(events, object, depth, declared));
            value = object;
        } else if (first instanceof SequenceStartEvent) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            Event next = events.next();
            while (!(next instanceof SequenceEndEvent)) {
                array.add(convert(events, next, depth + 1, sourceMap.item(declared)));
                next = events.next();
            }
            span = span(first, next);
            value = array;
        } else {
            span = span(first, first);
            value = convertScalar((ScalarEvent) first, span);
        }
        place(declared, span);
        if (!events.replaying()) {
            ((NodeEvent) first).getAnchor().ifPresent(anchor -> expandedSizes.put(anchor, visited - visitedBefore));
        }
        return value;
    }

    private String overNodeLimit() {
        return DocumentBounds.overLimit("the document expands to more than "
                + DocumentBounds.format(limits.maxNodes()) + " maps, lists and values once its aliases are followed",
                "maxNodes");
    }

    /** Fills the object with the mapping's entries; returns the mapping's end. */
    private Event convertMapping(EventCursor events, ObjectNode object, int depth, int declared)
            throws DescriptorException {
        Event next = events.next();
        for (; !(next instanceof MappingEndEvent); next = events.next()) {
            Event key = next instanceof AliasEvent alias && !events.named(alias).isEmpty()
                    ? events.named(alias).get(0) : next;
            if (!(key instanceof ScalarEvent scalar)) {
                problems.add(new Problem(file, skip(events, next), "a key must be a plain name, not a list or a map"));
                skip(events, events.next());
                continue;
            }
            String name = values.text(scalar.getValue()).textValue();
            Span keySpan = span(key, key);
            if (object.has(name)) {
                problems.add(new Problem(file, keySpan.region(lines), "duplicate key '" + name
                        + "' (first defined at line "
                        + sourceMap.key(sourceMap.unplacedProperty(declared, name)).startLine() + ")"));
                skip(events, events.next());
                continue;
            }
            object.set(name, convert(events, events.next(), depth + 1,
                    sourceMap.property(declared, name, keySpan.start(), keySpan.end())));
        }
        return next;
    }

    /**
     * Reads past the node that starts with the given event without converting it, as the node tree this reader
     * once built left a refused node unread; returns the node's region.
     */
    private Region skip(EventCursor events, Event first) throws DescriptorException {
        if (first instanceof AliasEvent alias) {
            List<Event> named = events.named(alias);
            return named.isEmpty() ? region(first, first) : region(named.get(0), named.get(named.size() - 1));
        }
        Event last = first;
        for (int open = first instanceof CollectionStartEvent ? 1 : 0; open > 0; ) {
            last = events.next();
            if (last instanceof CollectionStartEvent) {
                open++;
            } else if (last instanceof CollectionEndEvent) {
                open--;
            }
        }
        return region(first, last);
    }

    /**
     * A tag written in the text refuses the file once it is read, so each tag that matters here is one the core
     * schema resolves from the value.
     */
    private JsonNode convertScalar(ScalarEvent scalar, Span span) {
        String value = scalar.getValue();
        if (!scalar.getImplicit().canOmitTagInPlainScalar()) {
            return values.text(value);
        }
        try {
            return values.plain(value);
        } catch (ScalarValues.OutOfRange e) {
            problems.add(new Problem(file, span.region(lines), e.getMessage()));
            return JsonNodeFactory.instance.nullNode();
        }
    }

    /** Where a node starts and ends in the text, as offsets. */
    private record Span(int start, int end) {
        Region region(LineIndex lines) {
            return lines.region(start, end);
        }
    }

    private Span span(Event first, Event last) {
        Mark start = first.getStartMark().orElseThrow();
        Mark end = last.getEndMark().orElse(start);
        return new Span(lines.offset(start.getLine(), start.getColumn()),
                lines.nodeEnd(start.getLine(), end.getLine(), lines.offset(end.getLine(), end.getColumn())));
    }

    private Region region(Event first, Event last) {
        return span(first, last).region(lines);
    }

    private void place(int node, Span span) {
        sourceMap.place(node, span.start(), span.end());
    }
}
