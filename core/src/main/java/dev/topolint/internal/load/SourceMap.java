package dev.topolint.internal.load;

import dev.topolint.Region;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each node of a descriptor stands in its file, by JSON Pointer. A property's region runs from its key
 * to the end of its value; an array item's is the item itself.
 */
public final class SourceMap {

    private final Map<String, Region> nodes = new HashMap<>();
    private final Map<String, Region> keys = new HashMap<>();
    private final Map<String, Region> values = new HashMap<>();

    void putNode(String pointer, Region region) {
        nodes.put(pointer, region);
    }

    void putKey(String pointer, Region region) {
        keys.put(pointer, region);
    }

    void putValue(String pointer, Region region) {
        values.put(pointer, region);
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
        return nodes.getOrDefault(current, new Region(1, 1, 1, 1));
    }

    /** The region of a property's key, where a misspelled or duplicated name is reported. */
    public Region keyRegionOf(String pointer) {
        Region key = keys.get(pointer);
        return key != null ? key : regionOf(pointer);
    }

    /** The region of a node's value without its key, where a wrong value is reported. */
    public Region valueRegionOf(String pointer) {
        Region value = values.get(pointer);
        return value != null ? value : regionOf(pointer);
    }

    /** Whether the descriptor declares a node at this pointer. */
    public boolean declares(String pointer) {
        return nodes.containsKey(pointer);
    }
}
