package dev.topolint.internal.load;

import dev.topolint.Region;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a descriptor stands in its file, by JSON Pointer. A property's region runs from its key
 * to the end of its value; an array item's is the item itself.
 */
public final class SourceMap {

    /**
     * One entry per node, and the node's region derived from it when asked: a large estate has hundreds of
     * thousands of nodes, and a map and a region each for the node, its key and its value tripled the memory.
     *
     * @param key the property's key, or null for an array item or the document
     */
    private record Declared(Region key, Region value) {

        Region node() {
            return key == null ? value
                    : new Region(key.startLine(), key.startColumn(), value.endLine(), value.endColumn());
        }
    }

    private final Map<String, Declared> nodes = new HashMap<>();

    /** A property: its key and its value. */
    void putProperty(String pointer, Region key, Region value) {
        nodes.put(pointer, new Declared(key, value));
    }

    /** An array item or the document: a value with no key. */
    void putItem(String pointer, Region value) {
        nodes.put(pointer, new Declared(null, value));
    }

    /**
     * The region of the node at the pointer or, when the descriptor omits it, of its closest declared
     * ancestor: a finding about a missing property lands on the component that lacks it.
     */
    public Region regionOf(String pointer) {
        String current = pointer;
        while (!nodes.containsKey(current) && !current.isEmpty()) {
            current = current.substring(0, current.lastIndexOf('/'));
        }
        Declared declared = nodes.get(current);
        return declared != null ? declared.node() : new Region(1, 1, 1, 1);
    }

    /** The region of a property's key, where a misspelled or duplicated name is reported. */
    public Region keyRegionOf(String pointer) {
        Declared declared = nodes.get(pointer);
        return declared != null && declared.key() != null ? declared.key() : regionOf(pointer);
    }

    /** The region of a node's value without its key, where a wrong value is reported. */
    public Region valueRegionOf(String pointer) {
        Declared declared = nodes.get(pointer);
        return declared != null ? declared.value() : regionOf(pointer);
    }

    /** Whether the descriptor declares a node at this pointer. */
    public boolean declares(String pointer) {
        return nodes.containsKey(pointer);
    }
}
