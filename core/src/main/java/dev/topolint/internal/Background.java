package dev.topolint.internal;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;

/**
 * A value computed on a thread of its own while its caller does other work, and the threads topolint works on.
 * The threads take the caller's context class loader, through which Drools finds its runtime: in a Maven plugin
 * that is the plugin's realm, which a thread of the common fork-join pool does not see.
 *
 * @param <T> the value's type
 */
public final class Background<T> {

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts computing a value on a daemon thread, which cannot keep the process alive if nobody waits for it. */
    public static <T> Background<T> start(String name, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        threads(name).newThread(task).start();
        return new Background<>(task);
    }

    /** Daemon threads of the given name, with the calling thread's context class loader. */
    public static ThreadFactory threads(String name) {
        ClassLoader classes = Thread.currentThread().getContextClassLoader();
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.setContextClassLoader(classes);
            return thread;
        };
    }

    /** The value, once computed; what computing it threw is thrown here, as if it had been computed here. */
    public T get() {
        return joined(task);
    }

    /** The result of a task, rethrowing its unchecked exception or error as it was thrown. */
    public static <T> T joined(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a result", e);
        }
    }
}
