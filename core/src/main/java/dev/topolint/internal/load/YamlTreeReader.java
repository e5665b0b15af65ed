package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topolint.DescriptorException;
import dev.topolint.Limits;
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
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
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
 * itself: no object is ever constructed (tags are refused before), duplicate keys are refused with the position of the
 * second one, and the YAML 1.2 core schema keeps {@code on}, {@code no} and {@code NO} strings.
 */
final class YamlTreeReader {

    private final String file;
    private final Limits limits;
    private final LineIndex lines;
    private final SourceMap sourceMap = new SourceMap();
    private final List<Problem> problems = new ArrayList<>();
    private final int maxNodes;
    private int visited;

    private YamlTreeReader(String file, String text, Limits limits) {
        this.file = file;
        this.limits = limits;
        this.lines = new LineIndex(text);
        // Written out, a node takes at least one character: only what aliases add beyond the text counts.
        this.maxNodes = (int) Math.min(Integer.MAX_VALUE, (long) limits.maxNodes() + text.length());
    }

    /** The document's tree and source map. */
    record Tree(JsonNode root, SourceMap sourceMap) {
    }

    static Tree read(String file, String text, Limits limits) throws DescriptorException {
        return new YamlTreeReader(file, text, limits).read(isJson(text) ? untab(text) : text);
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
                .setSchema(new CoreSchema())
                .setUseMarks(true)
                .setMaxAliasesForCollections(limits.maxAliases())
                .setCodePointLimit((int) Math.min(limits.maxFileBytes(), Integer.MAX_VALUE))
                .build();
        Optional<Node> document;
        try {
            DocumentBounds.check(file, new Parse(settings).parseReader(new SurrogateSafeReader(text)), limits);
            document = new Compose(settings).composeReader(new SurrogateSafeReader(text));
        } catch (MarkedYamlEngineException e) {
            throw new DescriptorException(syntaxProblem(e));
        } catch (YamlEngineException e) {
            throw new DescriptorException(new Problem(file, new Region(1, 1, 1, 1), e.getMessage()));
        }
        if (document.isEmpty()) {
            throw new DescriptorException(new Problem(file, new Region(1, 1, 1, 1),
                    "the file is empty; a descriptor starts with 'topolint: 1'"));
        }
        JsonNode root = convert(document.get(), "", 0, null);
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
     * @param depth how many maps and lists enclose the node once aliases are followed: each alias may add up to
     *     the depth limit, so the tree is measured again here, before the schema check recurses through it
     * @param keyRegion the key of a property's value, null for an array item or the document
     */
    private JsonNode convert(Node node, String pointer, int depth, Region keyRegion) throws DescriptorException {
        Region region = region(node);
        if (++visited > maxNodes) {
            throw new DescriptorException(new Problem(file, region, DocumentBounds.overLimit(
                    "the document expands to more than " + DocumentBounds.format(limits.maxNodes())
                    + " maps, lists and values once its aliases are followed", "maxNodes")));
        }
        if (depth >= limits.maxDepth() && !(node instanceof ScalarNode)) {
            throw new DescriptorException(new Problem(file, region, DocumentBounds.overLimit(
                    "maps and lists nest more than " + limits.maxDepth() + " levels deep once aliases are followed",
                    "maxDepth")));
        }
        if (keyRegion == null) {
            sourceMap.putItem(pointer, region);
        } else {
            sourceMap.putProperty(pointer, keyRegion, region);
        }
        if (node instanceof MappingNode mapping) {
            return convertMapping(mapping, pointer, depth);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), Pointers.child(pointer, i), depth + 1, null));
            }
            return array;
        }
        return convertScalar((ScalarNode) node);
    }

    private JsonNode convertMapping(MappingNode mapping, String pointer, int depth) throws DescriptorException {
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
            object.set(name, convert(entry.getValueNode(), Pointers.child(pointer, name), depth + 1, keyRegion));
        }
        return object;
    }

    /** Tags are refused before composing, so each tag here is one the core schema resolved from the value. */
    private JsonNode convertScalar(ScalarNode scalar) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return nodes.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return nodes.booleanNode(value.toLowerCase(Locale.ROOT).equals("true"));
        }
        if (tag.equals(Tag.INT)) {
            BigInteger number = parseInteger(value);
            if (number.bitLength() >= Long.SIZE) {
                problems.add(new Problem(file, region(scalar), "the number " + value
                        + " is too large; whole numbers go up to " + Long.MAX_VALUE));
                return nodes.nullNode();
            }
            return nodes.numberNode(number.longValue());
        }
        if (tag.equals(Tag.FLOAT)) {
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                return nodes.textNode(value);
            }
            // A huge exponent costs nothing to write and a lot to compute with; a double's range is plenty.
            double approximation = number.doubleValue();
            if (Double.isInfinite(approximation) || approximation == 0 && number.signum() != 0) {
                problems.add(new Problem(file, region(scalar), "the number " + value + " is out of range"));
                return nodes.nullNode();
            }
            return nodes.numberNode(number);
        }
        return nodes.textNode(value);
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
