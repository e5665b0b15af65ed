package dev.topolint.internal.load;

import dev.topolint.Region;
import java.util.Arrays;

/**
 * Where each node of a descriptor stands in its file, looked up by JSON Pointer. A property's region runs from its
 * key to the end of its value; an array item's is the item itself.
 *
 * <p>The regions are kept in a tree shaped like the document and a pointer is followed down it when asked: a large
 * estate has hundreds of thousands of nodes, and a pointer string for each, kept for the whole run, cost more
 * memory and time than everything else the reader builds.
 */
public final class SourceMap {

    /**
     * A declared node: its name (null for an array item or the document), the regions of its key and value as
     * plain numbers, and its children in document order. Maps in a descriptor are small and a name is looked up
     * only for a finding, so a map's children are searched in order rather than hashed.
     */
    static final class Declared {
        private static final Declared[] NONE = {};

        private final String name;
        private final int keyStartLine;
        private final int keyStartColumn;
        private final int keyEndLine;
        private final int keyEndColumn;
        private int startLine;
        private int startColumn;
        private int endLine;
        private int endColumn;
        private Declared[] children = NONE;
        private int childCount;

        private Declared(String name, Region key) {
            this.name = name;
            this.keyStartLine = key == null ? 0 : key.startLine();
            this.keyStartColumn = key == null ? 0 : key.startColumn();
            this.keyEndLine = key == null ? 0 : key.endLine();
            this.keyEndColumn = key == null ? 0 : key.endColumn();
        }

        /** A property of this map, by its name as written, placed once its value is read. */
        Declared property(String propertyName, Region keyRegion) {
            return add(new Declared(propertyName, keyRegion));
        }

        /** The next item of this list, placed once it is read. */
        Declared item() {
            return add(new Declared(null, null));
        }

        private Declared add(Declared child) {
            if (childCount == children.length) {
                children = Arrays.copyOf(children, Math.max(4, childCount * 2));
            }
            children[childCount++] = child;
            return child;
        }

        void place(Region valueRegion) {
            startLine = valueRegion.startLine();
            startColumn = valueRegion.startColumn();
            endLine = valueRegion.endLine();
            endColumn = valueRegion.endColumn();
        }

        /** The region of the property's key, or null for an item or the document. */
        Region key() {
            return keyStartLine == 0 ? null : new Region(keyStartLine, keyStartColumn, keyEndLine, keyEndColumn);
        }

        private Region value() {
            return new Region(startLine, startColumn, endLine, endColumn);
        }

        private Region node() {
            return keyStartLine == 0 ? value() : new Region(keyStartLine, keyStartColumn, endLine, endColumn);
        }

        /** The property of this map with the given name, or null. */
        Declared property(String propertyName) {
            for (int i = 0; i < childCount; i++) {
                if (propertyName.equals(children[i].name)) {
                    return children[i];
                }
            }
            return null;
        }

        private Declared child(String segment) {
            if (childCount > 0 && children[0].name == null) {
                int index = index(segment);
                return index >= 0 && index < childCount ? children[index] : null;
            }
            String propertyName = unescape(segment);
            return propertyName == null ? null : property(propertyName);
        }
    }

    private Declared document;

    /** The document's node, to which the reader adds the rest. */
    Declared document() {
        document = new Declared(null, null);
        return document;
    }

    /**
     * The region of the node at the pointer or, when the descriptor omits it, of its closest declared
     * ancestor: a finding about a missing property lands on the component that lacks it.
     */
    public Region regionOf(String pointer) {
        Declared closest = follow(pointer, false);
        return closest != null ? closest.node() : new Region(1, 1, 1, 1);
    }

    /** The region of a property's key, where a misspelled or duplicated name is reported. */
    public Region keyRegionOf(String pointer) {
        Declared declared = follow(pointer, true);
        Region key = declared != null ? declared.key() : null;
        return key != null ? key : regionOf(pointer);
    }

    /** The region of a node's value without its key, where a wrong value is reported. */
    public Region valueRegionOf(String pointer) {
        Declared declared = follow(pointer, true);
        return declared != null ? declared.value() : regionOf(pointer);
    }

    /** Whether the descriptor declares a node at this pointer. */
    public boolean declares(String pointer) {
        return follow(pointer, true) != null;
    }

    /**
     * The node the pointer names or, unless exactly that one is asked for, the deepest declared node on its way.
     */
    private Declared follow(String pointer, boolean exactly) {
        if (document == null || !pointer.isEmpty() && pointer.charAt(0) != '/') {
            return exactly ? null : document;
        }
        Declared current = document;
        int at = 0;
        while (at < pointer.length()) {
            int end = pointer.indexOf('/', at + 1);
            end = end < 0 ? pointer.length() : end;
            Declared child = current.child(pointer.substring(at + 1, end));
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
