package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a map read from a descriptor, in the order written, for a Jackson {@code ObjectNode}. An estate
 * has a map for every host, service, listener and rule, nearly all with a handful of fields: a
 * {@link LinkedHashMap} for each, with its hash table and an object per field, was most of the memory the tree
 * took. The fields are kept in two arrays and looked up in order while they are few, in a {@link LinkedHashMap}
 * from {@value #MOST_IN_ARRAYS} on.
 */
final class CompactFields extends AbstractMap<String, JsonNode> {

    static final int MOST_IN_ARRAYS = 16;

    private String[] names = new String[4];
    private JsonNode[] values = new JsonNode[4];
    private int size;
    /** The fields once there are more than the arrays keep, else null. */
    private Map<String, JsonNode> many;

    @Override
    public int size() {
        return many != null ? many.size() : size;
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public JsonNode get(Object name) {
        if (many != null) {
            return many.get(name);
        }
        int index = indexOf(name);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object name) {
        return many != null ? many.containsKey(name) : indexOf(name) >= 0;
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
        Objects.requireNonNull(name);
        if (many != null) {
            return many.put(name, value);
        }
        int index = indexOf(name);
        if (index >= 0) {
            JsonNode previous = values[index];
            values[index] = value;
            return previous;
        }
        if (size == MOST_IN_ARRAYS) {
            many = new LinkedHashMap<>(2 * MOST_IN_ARRAYS);
            for (int i = 0; i < size; i++) {
                many.put(names[i], values[i]);
            }
            names = null;
            values = null;
            size = 0;
            return many.put(name, value);
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size++] = value;
        return null;
    }

    @Override
    public JsonNode remove(Object name) {
        if (many != null) {
            return many.remove(name);
        }
        int index = indexOf(name);
        if (index < 0) {
            return null;
        }
        JsonNode removed = values[index];
        removeAt(index);
        return removed;
    }

    private void removeAt(int index) {
        System.arraycopy(names, index + 1, names, index, size - index - 1);
        System.arraycopy(values, index + 1, values, index, size - index - 1);
        size--;
        names[size] = null;
        values[size] = null;
    }

    @Override
    public void clear() {
        if (many != null) {
            many.clear();
            return;
        }
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return CompactFields.this.size();
            }

            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return many != null ? many.entrySet().iterator() : new Fields();
            }
        };
    }

    /** The fields in order, each an entry that writes through to the arrays. */
    private final class Fields implements Iterator<Entry<String, JsonNode>> {

        private int next;
        private boolean removable;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Entry<String, JsonNode> next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            int index = next++;
            removable = true;
            return new SimpleEntry<>(names[index], values[index]) {
                @Override
                public JsonNode setValue(JsonNode value) {
                    values[index] = value;
                    return super.setValue(value);
                }
            };
        }

        @Override
        public void remove() {
            if (!removable) {
                throw new IllegalStateException();
            }
            removeAt(--next);
            removable = false;
        }
    }
}
