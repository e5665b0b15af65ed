package dev.topolint.internal.load;

import dev.topolint.DescriptorException;
import dev.topolint.Limits;
import dev.topolint.Problem;
import dev.topolint.Region;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Measures a YAML event stream as it is read, before each event is built into the tree. The reader recurses once
 * per level of nesting and follows aliases, so a document nested ten thousand levels deep would overflow the stack,
 * and a few lines of aliases ("billion laughs") would expand into a tree that fills the heap; both are refused here,
 * at the place in the file where the limit is crossed, before the reader goes deeper or follows the alias.
 *
 * <p>Tags are refused here too. A descriptor needs none, a global tag is how YAML asks a loader to build an object
 * of a named class, and the composer throws exceptions of its own on malformed ones. So are what a composer would
 * refuse, an alias to no anchor and a second document, in a composer's words: the tree is then built from the
 * events alone.
 */
final class DocumentBounds {

    /** An anchored node: aliases to a map or a list count against the limit, aliases from inside it loop. */
    private static final class Anchored {
        private final boolean collection;
        private boolean open;

        private Anchored(boolean collection) {
            this.collection = collection;
            this.open = collection;
        }
    }

    private final String file;
    private final Limits limits;
    private final Map<Anchor, Anchored> anchors = new HashMap<>();
    /** The anchor of each map or list still open, innermost first; {@code Optional.empty()} when it has none. */
    private final Deque<Optional<Anchored>> open = new ArrayDeque<>();
    private final List<Problem> tags = new ArrayList<>();
    private int collectionAliases;
    private int documents;
    /** Where the first document's root starts, which a composer names when it meets a second document. */
    private Optional<Mark> root = Optional.empty();
    /** The first thing a composer would refuse, reported once every bound is known to hold. */
    private Optional<ComposerException> uncomposable = Optional.empty();

    DocumentBounds(String file, Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    /**
     * What the whole stream, once read, holds that a descriptor cannot: tags first, then what a composer refuses.
     *
     * @throws DescriptorException for tags
     * @throws ComposerException for an alias to no anchor or a second document
     */
    void verify() throws DescriptorException {
        if (!tags.isEmpty()) {
            throw new DescriptorException(tags);
        }
        if (uncomposable.isPresent()) {
            throw uncomposable.get();
        }
    }

    /**
     * @throws DescriptorException when the event crosses a bound
     */
    void visit(Event event) throws DescriptorException {
        if (event.getEventId() == Event.ID.DocumentStart && ++documents == 2 && uncomposable.isEmpty()) {
            uncomposable = Optional.of(new ComposerException("expected a single document in the stream", root,
                    "but found another document", event.getStartMark()));
        } else if (event instanceof NodeEvent && documents == 1 && root.isEmpty()) {
            root = event.getStartMark();
        }
        if (event instanceof AliasEvent alias) {
            visitAlias(alias);
        } else if (event instanceof CollectionStartEvent start) {
            refuseTag(event, start.getTag());
            if (open.size() >= limits.maxDepth()) {
                throw refused(event, "maps and lists nest more than " + limits.maxDepth() + " levels deep here",
                        "maxDepth");
            }
            open.push(anchor(start, true));
        } else if (event.getEventId() == Event.ID.MappingEnd || event.getEventId() == Event.ID.SequenceEnd) {
            open.pop().ifPresent(anchored -> anchored.open = false);
        } else if (event instanceof ScalarEvent scalar) {
            refuseTag(event, scalar.getTag());
            anchor(scalar, false);
            String value = scalar.getValue();
            if (value.length() > limits.maxScalarLength()
                    && value.codePointCount(0, value.length()) > limits.maxScalarLength()) {
                throw refused(event, "a value of " + format(value.codePointCount(0, value.length()))
                        + " characters, longer than the " + format(limits.maxScalarLength()) + " topolint reads",
                        "maxScalarLength");
            }
        }
    }

    private void visitAlias(AliasEvent alias) throws DescriptorException {
        Anchored anchored = anchors.get(alias.getAlias());
        if (anchored == null && documents == 1 && uncomposable.isEmpty()) {
            uncomposable = Optional.of(new ComposerException("found undefined alias " + alias.getAlias(),
                    alias.getStartMark()));
        }
        if (anchored == null || !anchored.collection) {
            // An alias to a scalar costs no more than the scalar.
            return;
        }
        if (anchored.open) {
            throw new DescriptorException(new Problem(file, region(alias), "the alias *" + alias.getAlias()
                    + " is inside the map or list it names; a descriptor cannot contain itself"));
        }
        if (++collectionAliases > limits.maxAliases()) {
            throw refused(alias, "more than " + format(limits.maxAliases()) + " aliases to maps or lists",
                    "maxAliases");
        }
    }

    private void refuseTag(Event event, Optional<String> tag) {
        tag.ifPresent(name -> tags.add(new Problem(file, region(event),
                "the tag " + name + " is not allowed; a descriptor holds plain values only")));
    }

    private Optional<Anchored> anchor(NodeEvent event, boolean collection) {
        return event.getAnchor().map(name -> {
            Anchored node = new Anchored(collection);
            anchors.put(name, node);
            return node;
        });
    }

    private DescriptorException refused(Event event, String what, String bound) {
        return new DescriptorException(new Problem(file, region(event), overLimit(what, bound)));
    }

    /** A message for a crossed bound, saying how to move it: a real descriptor may one day need more. */
    static String overLimit(String what, String bound) {
        return what + "; -D" + Limits.propertyName(bound) + " changes the limit";
    }

    private static Region region(Event event) {
        return event.getStartMark()
                .map(mark -> new Region(mark.getLine() + 1, mark.getColumn() + 1, mark.getLine() + 1,
                        mark.getColumn() + 2))
                .orElse(new Region(1, 1, 1, 2));
    }

    static String format(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
