package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactFieldsTest {

    /** The same operations on both maps, which must agree after each. */
    private static void sameAs(Map<String, JsonNode> expected, CompactFields fields) {
        assertEquals(expected, fields);
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(fields.entrySet()));
        assertEquals(expected.size(), fields.size());
        assertEquals(expected.hashCode(), fields.hashCode());
    }

    @Test
    void keepsTheFieldsInOrderAsALinkedHashMapDoesBelowAndAboveTheArraysLimit() {
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        CompactFields fields = new CompactFields();
        for (int i = 0; i < CompactFields.MOST_IN_ARRAYS + 5; i++) {
            String name = "field-" + (i * 7 % 23);
            assertEquals(expected.put(name, IntNode.valueOf(i)), fields.put(name, IntNode.valueOf(i)));
            assertEquals(expected.put("field-0", IntNode.valueOf(-i)), fields.put("field-0", IntNode.valueOf(-i)));
            sameAs(expected, fields);
            assertEquals(expected.get(name), fields.get(name));
            assertTrue(fields.containsKey(name));
            assertFalse(fields.containsKey("absent"));
            assertNull(fields.get("absent"));
        }
    }

    @Test
    void removesByNameAndThroughTheIterator() {
        for (int count : new int[] {5, CompactFields.MOST_IN_ARRAYS + 3}) {
            Map<String, JsonNode> expected = new LinkedHashMap<>();
            CompactFields fields = new CompactFields();
            for (int i = 0; i < count; i++) {
                expected.put("f" + i, IntNode.valueOf(i));
                fields.put("f" + i, IntNode.valueOf(i));
            }
            assertEquals(expected.remove("f1"), fields.remove("f1"));
            assertNull(fields.remove("f1"));
            for (Iterator<?> i = expected.entrySet().iterator(), j = fields.entrySet().iterator(); i.hasNext(); ) {
                i.next();
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) j.next();
                if (entry.getKey().equals("f3") || entry.getKey().equals("f4")) {
                    i.remove();
                    j.remove();
                }
            }
            sameAs(expected, fields);
            fields.clear();
            assertEquals(Map.of(), fields);
        }
    }

    @Test
    void anEntrySetWritesThrough() {
        CompactFields fields = new CompactFields();
        fields.put("port", IntNode.valueOf(80));

        fields.entrySet().iterator().next().setValue(IntNode.valueOf(443));

        assertEquals(IntNode.valueOf(443), fields.get("port"));
    }

    @Test
    void anObjectNodeOverCompactFieldsEqualsOneJacksonBuiltItself() {
        ObjectNode compact = new ObjectNode(JsonNodeFactory.instance, new CompactFields());
        ObjectNode jackson = JsonNodeFactory.instance.objectNode();
        for (ObjectNode node : List.of(compact, jackson)) {
            node.put("id", "web-01").put("port", 80).putArray("listen").add(443);
            node.remove("port");
        }

        assertEquals(jackson, compact);
        assertEquals(jackson.toString(), compact.toString());
    }
}
