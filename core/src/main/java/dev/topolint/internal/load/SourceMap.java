package dev.topolint.internal.load;

import dev.topolint.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each node of a descriptor stands in its file, looked up by JSON Pointer. A property's region runs from its
 * key to the end of its value; an array item's is the item itself.
 *
 * <p>The regions are kept in a tree shaped like the document and a pointer is followed down it when asked: a large
 * estate has millions of nodes, and a pointer string for each, kept for the whole run, cost more memory and time
 * than everything else the reader builds. The tree is kept in pages of numbers, one slice per node, rather than
 * an object per node, which the collector would copy one by one; a region is kept as two offsets into the text
 * rather than two lines and two columns, and made a region only when asked.
 */
public final class SourceMap {

    /**
     * Where each number of a node is in its slice of {@link #numbers}: where its key starts, plus one (zero for an item
     * or the document), and ends, and where its value starts and ends, as offsets into the text; the
     * {@link LineIndex} makes them regions when asked.
     */
    private static final int KEY_START = 0;
    private static final int KEY_END = 1;
    private static final int START = 2;
    private static final int END = 3;
    /** Where the node's children start in {@link #children}, in document order, and how many there are. */
    private static final int FIRST_CHILD = 4;
    private static final int CHILD_COUNT = 5;
    /** One more than the index of the node's name in {@link #names}; zero for an array item or the document. */
    private static final int NAME = 6;
    private static final int NUMBERS = 7;

    private final LineIndex lines;
    private final IntPages numbers = new IntPages();
    private int nodes;
    private final IntPages children = new IntPages();
    private int childCount;
    /** The names of properties, each once: an estate writes the same few keys over and over. */
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameNumbers = new HashMap<>();
    /** Lists whose items were read on other threads: by the list's node, the maps holding them, in order. */
    private final Map<Integer, List<SourceMap>> grafts = new HashMap<>();

    /** A node of this map or of one grafted onto it. */
    private record Node(SourceMap map, int node) {
    }

    /**
     * While the document is read: the nodes not yet placed, innermost last, each with where its children start
     * in {@link #unplacedChildren}. A node's children are read, and placed, one after the other, so that a node's
     * children are the last ones listed when it is placed; they are then moved to {@link #children} together.
     */
    private int[] unplaced = new int[16];
    private int[] unplacedFrom = new int[16];
    private int unplacedCount;
    private int[] unplacedChildren = new int[16];
    private int unplacedChildCount;

    SourceMap(LineIndex lines) {
        this.lines = lines;
    }

    /** The document's node, to which the reader adds the rest, and which it places last. */
    int document() {
        return open(null);
    }

    /**
     * A property of a map not yet placed, by its name as written and where its key starts and ends; placed once its
     * value is read.
     */
    int property(int map, String propertyName, int keyStart, int keyEnd) {
        requireInnermost(map);
        int node = open(propertyName);
        long at = (long) node * NUMBERS;
        numbers.set(at + KEY_START, keyStart + 1);
        numbers.set(at + KEY_END, keyEnd);
        return node;
    }

    /** The next item of a list not yet placed, placed once it is read. */
    int item(int list) {
        requireInnermost(list);
        return open(null);
    }

    private void requireInnermost(int node) {
        if (unplacedCount == 0 || unplaced[unplacedCount - 1] != node) {
            throw new IllegalStateException("node " + node + " is not the innermost node being read");
        }
    }

    private int open(String name) {
        int node = nodes++;
        long at = (long) node * NUMBERS;
        if (name != null) {
            numbers.set(at + NAME, nameNumbers.computeIfAbsent(name, added -> {
                names.add(added);
                return names.size();
            }));
        }
        if (unplacedCount > 0) {
            unplacedChildren = push(unplacedChildren, unplacedChildCount++, node);
        }
        unplaced = push(unplaced, unplacedCount, node);
        unplacedFrom = push(unplacedFrom, unplacedCount++, unplacedChildCount);
        return node;
    }

    private static int[] push(int[] stack, int size, int value) {
        int[] room = size == stack.length ? Arrays.copyOf(stack, size * 2) : stack;
        room[size] = value;
        return room;
    }

    /** Places a node once its value is read, from where to where: the innermost one not yet placed. */
    void place(int node, int start, int end) {
        requireInnermost(node);
        long at = (long) node * NUMBERS;
        numbers.set(at + START, start);
        numbers.set(at + END, end);
        int from = unplacedFrom[--unplacedCount];
        numbers.set(at + FIRST_CHILD, childCount);
        numbers.set(at + CHILD_COUNT, unplacedChildCount - from);
        for (int i = from; i < unplacedChildCount; i++) {
            children.set(childCount++, unplacedChildren[i]);
        }
        unplacedChildCount = from;
    }

    /**
     * Adds the items of a list read on another thread, in order, as the next items of a list not yet placed: the
     * items of the other map's document node. They stay in that map, which lookups then go through, rather than
     * being copied here node by node.
     */
    void graftItems(int list, SourceMap read) {
        requireInnermost(list);
        grafts.computeIfAbsent(list, node -> new ArrayList<>()).add(read);
    }

    /** The name of a node, or null for an item or the document. */
    private String name(int node) {
        int number = numbers.get((long) node * NUMBERS + NAME);
        return number == 0 ? null : names.get(number - 1);
    }

    /** The property of a map not yet placed with the given name, or -1: a key written twice. */
    int unplacedProperty(int map, String propertyName) {
        requireInnermost(map);
        for (int i = unplacedFrom[unplacedCount - 1]; i < unplacedChildCount; i++) {
            if (propertyName.equals(name(unplacedChildren[i]))) {
                return unplacedChildren[i];
            }
        }
        return -1;
    }

    /** The region of a property's key, or null for an item or the document. */
    Region key(int node) {
        long at = (long) node * NUMBERS;
        int keyStart = numbers.get(at + KEY_START);
        return keyStart == 0 ? null : lines.region(keyStart - 1, numbers.get(at + KEY_END));
    }

    private Region value(int node) {
        long at = (long) node * NUMBERS;
        return lines.region(numbers.get(at + START), numbers.get(at + END));
    }

    private Region region(int node) {
        long at = (long) node * NUMBERS;
        int keyStart = numbers.get(at + KEY_START);
        return lines.region(keyStart == 0 ? numbers.get(at + START) : keyStart - 1, numbers.get(at + END));
    }

    /** The child a pointer segment names: an item by its index, a property by its name; or null. */
    private Node child(int node, String segment) {
        List<SourceMap> grafted = grafts.get(node);
        if (grafted != null) {
            int index = index(segment);
            for (SourceMap read : grafted) {
                int count = read.numbers.get(CHILD_COUNT);
                if (index >= 0 && index < count) {
                    return new Node(read, read.children.get(read.numbers.get(FIRST_CHILD) + index));
                }
                index -= count;
            }
            return null;
        }
        int first = numbers.get((long) node * NUMBERS + FIRST_CHILD);
        int count = numbers.get((long) node * NUMBERS + CHILD_COUNT);
        if (count > 0 && name(children.get(first)) == null) {
            int index = index(segment);
            return index >= 0 && index < count ? new Node(this, children.get(first + index)) : null;
        }
        String propertyName = unescape(segment);
        Integer number = propertyName == null ? null : nameNumbers.get(propertyName);
        for (int i = first; number != null && i < first + count; i++) {
            if (numbers.get((long) children.get(i) * NUMBERS + NAME) == number) {
                return new Node(this, children.get(i));
            }
        }
        return null;
    }

    /**
     * The region of the node at the pointer or, when the descriptor omits it, of its closest declared
     * ancestor: a finding about a missing property lands on the component that lacks it.
     */
    public Region regionOf(String pointer) {
        Node closest = follow(pointer, false);
        return closest != null ? closest.map().region(closest.node()) : new Region(1, 1, 1, 1);
    }

    /** The region of a property's key, where a misspelled or duplicated name is reported. */
    public Region keyRegionOf(String pointer) {
        Node declared = follow(pointer, true);
        Region key = declared != null ? declared.map().key(declared.node()) : null;
        return key != null ? key : regionOf(pointer);
    }

    /** The region of a node's value without its key, where a wrong value is reported. */
    public Region valueRegionOf(String pointer) {
        Node declared = follow(pointer, true);
        return declared != null ? declared.map().value(declared.node()) : regionOf(pointer);
    }

    /** Whether the descriptor declares a node at this pointer. */
    public boolean declares(String pointer) {
        return follow(pointer, true) != null;
    }

    /**
     * The node the pointer names or, unless exactly that one is asked for, the deepest declared node on its way;
     * null for none, or for a map still being read.
     */
    private Node follow(String pointer, boolean exactly) {
        if (nodes == 0 || unplacedCount > 0) {
            return null;
        }
        Node current = new Node(this, 0);
        if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
            return exactly ? null : current;
        }
        int at = 0;
        while (at < pointer.length()) {
            int end = pointer.indexOf('/', at + 1);
            end = end < 0 ? pointer.length() : end;
            Node child = current.map().child(current.node(), pointer.substring(at + 1, end));
            if (child == null) {
                return exactly ? null : current;
            }
            current = child;
            at = end;
        }
        return current;
    }

    /** An array index as a pointer writes it (RFC 6901: no sign, no leading zero), or -1. */
    private static int index(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || segment.length() > 1 && segment.charAt(0) == '0') {
            return -1;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(segment);
    }

    /** A property name from its pointer segment, or null when the segment is not a valid escape of any name. */
    private static String unescape(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        StringBuilder name = new StringBuilder(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c != '~') {
                name.append(c);
            } else if (i + 1 < segment.length() && (segment.charAt(i + 1) == '0' || segment.charAt(i + 1) == '1')) {
                name.append(segment.charAt(++i) == '0' ? '~' : '/');
            } else {
                return null;
            }
        }
        return name.toString();
    }
}
