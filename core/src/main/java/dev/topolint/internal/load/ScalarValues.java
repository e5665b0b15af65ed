package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The tree's node for each scalar of one text, as the YAML 1.2 core schema resolves it: {@code on}, {@code no} and
 * {@code NO} stay strings. An estate repeats its ports, protocols, names and keys thousands of times, so each
 * value is resolved once and its one immutable node is shared by every place that writes it.
 */
final class ScalarValues {

    static final CoreSchema SCHEMA = new CoreSchema();
    /** Made once: the schema makes a new resolver, with a dozen compiled patterns, each time it is asked for one. */
    private static final ScalarResolver RESOLVER = SCHEMA.getScalarResolver();

    /** A number written in a descriptor that no descriptor can hold. */
    static final class OutOfRange extends Exception {
        private OutOfRange(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, JsonNode> plain = new HashMap<>();
    private final Map<String, TextNode> texts = new HashMap<>();

    /** A quoted value, or a key: always a string. */
    TextNode text(String value) {
        return texts.computeIfAbsent(value, TextNode::valueOf);
    }

    /**
     * A plain value: null, a boolean, a number or a string.
     *
     * @throws OutOfRange for a number too large for a long or a double; it is refused again wherever it is written
     */
    JsonNode plain(String value) throws OutOfRange {
        JsonNode known = plain.get(value);
        if (known == null) {
            known = resolve(value);
            plain.put(value, known);
        }
        return known;
    }

    private JsonNode resolve(String value) throws OutOfRange {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Tag tag = RESOLVER.resolve(value, true);
        if (tag.equals(Tag.NULL)) {
            return nodes.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return nodes.booleanNode(value.toLowerCase(Locale.ROOT).equals("true"));
        }
        if (tag.equals(Tag.INT)) {
            BigInteger number = parseInteger(value);
            if (number.bitLength() >= Long.SIZE) {
                throw new OutOfRange("the number " + value + " is too large; whole numbers go up to "
                        + Long.MAX_VALUE);
            }
            return nodes.numberNode(number.longValue());
        }
        if (tag.equals(Tag.FLOAT)) {
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException e) {
                return text(value);
            }
            // A huge exponent costs nothing to write and a lot to compute with; a double's range is plenty.
            double approximation = number.doubleValue();
            if (Double.isInfinite(approximation) || approximation == 0 && number.signum() != 0) {
                throw new OutOfRange("the number " + value + " is out of range");
            }
            return nodes.numberNode(number);
        }
        return text(value);
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
}
