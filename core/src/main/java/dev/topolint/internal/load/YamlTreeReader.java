package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topolint.DescriptorException;
import dev.topolint.Problem;
import dev.topolint.Region;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML (and JSON, a subset of YAML 1.2) into a Jackson tree plus a {@link SourceMap}.
 *
 * <p>It composes the document into SnakeYAML Engine nodes, which keep their positions, and converts them
 * itself: no object is ever constructed from a tag, duplicate keys are refused with the position of the
 * second one, and the YAML 1.2 core schema keeps {@code on}, {@code no} and {@code NO} strings.
 */
final class YamlTreeReader {

    /**
     * Node visits allowed per document beyond one per character, so that aliases cannot expand into a huge tree.
     * Written out, a node takes at least one character: the allowance grows with the file, for large estates.
     */
    private static final int MAX_NODES = 1_000_000;
    private static final int MAX_ALIASES = 50;

    private final String file;
    private final LineIndex lines;
    private final SourceMap sourceMap = new SourceMap();
    private final List<Problem> problems = new ArrayList<>();
    private final int maxNodes;
    private int visited;

    private YamlTreeReader(String file, String text) {
        this.file = file;
        this.lines = new LineIndex(text);
        this.maxNodes = MAX_NODES + text.length();
    }

    /** The document's tree and source map. */
    record Tree(JsonNode root, SourceMap sourceMap) {
    }

    static Tree read(String file, String text) throws DescriptorException {
        return new YamlTreeReader(file, text).read(isJson(text) ? untab(text) : text);
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
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .setMaxAliasesForCollections(MAX_ALIASES)
                // The text is already in memory: a limit on its length would only refuse large estates.
                .setCodePointLimit(Integer.MAX_VALUE)
                .build();
        Optional<Node> document;
        try {
            document = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            throw new DescriptorException(syntaxProblem(e));
        } catch (YamlEngineException e) {
            throw new DescriptorException(new Problem(file, new Region(1, 1, 1, 1), e.getMessage()));
        }
        if (document.isEmpty()) {
            throw new DescriptorException(new Problem(file, new Region(1, 1, 1, 1),
                    "the file is empty; a descriptor starts with 'topolint: 1'"));
        }
        JsonNode root = convert(document.get(), "");
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

    private JsonNode convert(Node node, String pointer) throws DescriptorException {
        if (++visited > maxNodes) {
            throw new DescriptorException(new Problem(file, region(node),
                    "the document expands to more than " + maxNodes + " nodes (aliases?)"));
        }
        sourceMap.putNode(pointer, region(node));
        sourceMap.putValue(pointer, region(node));
        if (node instanceof MappingNode mapping) {
            return convertMapping(mapping, pointer);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), Pointers.child(pointer, i)));
            }
            return array;
        }
        return convertScalar((ScalarNode) node);
    }

    private JsonNode convertMapping(MappingNode mapping, String pointer) throws DescriptorException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        Map<String, Region> seen = new HashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            Node keyNode = entry.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                problems.add(new Problem(file, region(keyNode), "a key must be a plain name, not a list or a map"));
                continue;
            }
            String name = key.getValue();
            Region keyRegion = region(key);
            Region first = seen.putIfAbsent(name, keyRegion);
            if (first != null) {
                problems.add(new Problem(file, keyRegion,
                        "duplicate key '" + name + "' (first defined at line " + first.startLine() + ")"));
                continue;
            }
            String child = Pointers.child(pointer, name);
            JsonNode value = convert(entry.getValueNode(), child);
            Region valueRegion = region(entry.getValueNode());
            sourceMap.putKey(child, keyRegion);
            sourceMap.putNode(child, new Region(keyRegion.startLine(), keyRegion.startColumn(),
                    valueRegion.endLine(), valueRegion.endColumn()));
            object.set(name, value);
        }
        return object;
    }

    private JsonNode convertScalar(ScalarNode scalar) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.STR)) {
            return nodes.textNode(value);
        }
        if (tag.equals(Tag.NULL)) {
            return nodes.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return nodes.booleanNode(value.toLowerCase(Locale.ROOT).equals("true"));
        }
        if (tag.equals(Tag.INT)) {
            return nodes.numberNode(parseInteger(value));
        }
        if (tag.equals(Tag.FLOAT)) {
            try {
                return nodes.numberNode(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return nodes.textNode(value);
            }
        }
        problems.add(new Problem(file, region(scalar),
                "the tag " + tag.getValue() + " is not allowed; a descriptor holds plain values only"));
        return nodes.nullNode();
    }

    private static BigInteger parseInteger(String value) {
        if (value.startsWith("0x")) {
            return new BigInteger(value.substring(2), 16);
        }
        if (value.startsWith("0o")) {
            return new BigInteger(value.substring(2), 8);
        }
        return new BigInteger(value.startsWith("+") ? value.substring(1) : value);
    }

    private Region region(Node node) {
        Mark start = node.getStartMark().orElseThrow();
        Mark end = node.getEndMark().orElse(start);
        return lines.region(start.getLine(), start.getColumn(), end.getLine(), end.getColumn());
    }
}
