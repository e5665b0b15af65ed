package dev.topolint.internal.load;

import dev.topolint.internal.Background;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.snakeyaml.engine.v2.events.Event;

/**
 * A parser's events, produced on a thread of their own while the reader builds the tree from those already
 * parsed. On a large estate scanning and parsing take more than half of the reading, and the reader the rest: on
 * two cores the two overlap. The events arrive in the parser's order, and a parser's failure arrives where it
 * happened, after the events before it.
 */
final class EventsReadAhead implements Iterator<Event>, AutoCloseable {

    /** Events are handed over in batches: one hand-over per event would cost more than it saves. */
    private static final int BATCH = 4096;
    private static final int BATCHES_AHEAD = 16;

    /** A batch of events, the last of them followed by the end of the stream or a failure of the parser. */
    private record Batch(Event[] events, int size, boolean last, Throwable failure) {
    }

    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread producer;
    private Batch current = new Batch(new Event[0], 0, false, null);
    private int next;

    private EventsReadAhead(Iterator<Event> events) {
        producer = Background.threads("topolint-parser").newThread(() -> produce(events));
        producer.start();
    }

    /** Starts parsing; close it once read, or when reading stops early, to stop the parser. */
    static EventsReadAhead of(Iterator<Event> events) {
        return new EventsReadAhead(events);
    }

    private void produce(Iterator<Event> events) {
        try {
            Event[] batch = new Event[BATCH];
            int size = 0;
            Throwable failure = null;
            try {
                while (events.hasNext()) {
                    batch[size++] = events.next();
                    if (size == BATCH) {
                        batches.put(new Batch(batch, size, false, null));
                        batch = new Event[BATCH];
                        size = 0;
                    }
                }
            } catch (RuntimeException | Error e) {
                // Handed to the reader, which would otherwise wait for events that never come.
                failure = e;
            }
            batches.put(new Batch(batch, size, true, failure));
        } catch (InterruptedException e) {
            // The reader stopped early and closed the stream: nobody waits for the rest.
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (next == current.size()) {
            if (current.last()) {
                if (current.failure() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (current.failure() instanceof Error failure) {
                    throw failure;
                }
                return false;
            }
            current = take();
            next = 0;
        }
        return true;
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.events()[next++];
    }

    private Batch take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a descriptor", e);
        }
    }

    @Override
    public void close() {
        producer.interrupt();
    }
}
