package dev.topolint.internal.load;

import dev.topolint.DescriptorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The parser's events, read one at a time and each measured against the document's bounds as it is read, with
 * the events of every anchored node kept so that an alias can replay them. Reading events rather than a composed
 * node tree keeps nothing of the document but what the reader builds from it; only anchored nodes, rare in a
 * descriptor, are held as events.
 */
final class EventCursor {

    /** The events of an anchored node still being read, and how many of its maps and lists are still open. */
    private static final class Recording {
        private final Anchor anchor;
        private final List<Event> events = new ArrayList<>();
        private int open;

        private Recording(Anchor anchor) {
            this.anchor = anchor;
        }
    }

    private final Iterator<Event> events;
    /** The bounds each event read from the parser is measured against; none for a replay, already measured. */
    private final DocumentBounds bounds;
    private final Map<Anchor, List<Event>> anchored;
    private final List<Recording> recordings = new ArrayList<>();
    /** The last event read from the parser, where a failure of the parser's own is reported. */
    private Event last;

    private EventCursor(Iterator<Event> events, DocumentBounds bounds, Map<Anchor, List<Event>> anchored) {
        this.events = events;
        this.bounds = bounds;
        this.anchored = anchored;
    }

    /** A cursor over a whole stream, measuring each event against the bounds before it is handed on. */
    static EventCursor over(Iterator<Event> stream, DocumentBounds bounds) {
        return new EventCursor(stream, bounds, new HashMap<>());
    }

    /**
     * @throws DescriptorException when the event crosses a bound of the document
     * @throws java.util.NoSuchElementException after the end of the stream
     */
    Event next() throws DescriptorException {
        Event event;
        try {
            event = events.next();
        } catch (RuntimeException e) {
            throw parserFailure(e);
        }
        if (bounds != null) {
            bounds.visit(event);
            record(event);
            last = event;
        }
        return event;
    }

    /** Whether this cursor replays the events of an anchored node, read before. */
    boolean replaying() {
        return bounds == null;
    }

    /** Reads, and so measures, the rest of the stream. */
    void drain() throws DescriptorException {
        while (true) {
            try {
                if (!events.hasNext()) {
                    return;
                }
            } catch (RuntimeException e) {
                throw parserFailure(e);
            }
            next();
        }
    }

    /**
     * What the parser threw, with a failure of the parser's own (an escape cut short at the end of the text makes
     * SnakeYAML Engine's scanner throw a NumberFormatException) turned into a syntax error where it stopped.
     */
    private RuntimeException parserFailure(RuntimeException e) {
        if (e instanceof YamlEngineException || e instanceof NoSuchElementException) {
            return e;
        }
        Optional<Mark> where = last == null ? Optional.empty() : last.getEndMark();
        return new ScannerException(null, Optional.empty(), "the text after this point cannot be read ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", where);
    }

    /**
     * The events of the node an alias names, to read in the alias's place. An anchor inside them is not recorded
     * again: it was recorded where it was written, and may have been given to another node since.
     */
    EventCursor replay(AliasEvent alias) {
        return new EventCursor(named(alias).iterator(), null, anchored);
    }

    /**
     * The events of the node an alias names, from its first to its last; none for an alias to no anchor, which the
     * bounds report once the whole stream is read.
     */
    List<Event> named(AliasEvent alias) {
        return anchored.getOrDefault(alias.getAlias(), List.of());
    }

    private void record(Event event) {
        if (event instanceof NodeEvent node && !(event instanceof AliasEvent)) {
            node.getAnchor().ifPresent(anchor -> recordings.add(new Recording(anchor)));
        }
        for (int i = recordings.size() - 1; i >= 0; i--) {
            Recording recording = recordings.get(i);
            recording.events.add(event);
            if (event instanceof CollectionStartEvent) {
                recording.open++;
            } else if (event instanceof CollectionEndEvent) {
                recording.open--;
            }
            if (recording.open == 0) {
                // The node is whole: an alias from now on names it, and only the innermost recording can end here.
                anchored.put(recording.anchor, recording.events);
                recordings.remove(i);
            }
        }
    }
}
