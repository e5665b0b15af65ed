package dev.topolint.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BackgroundTest {

    @Test
    void givesTheValueComputedOnAThreadOfItsOwn() {
        Background<String> name = Background.start("topolint-test", () -> Thread.currentThread().getName());

        assertEquals("topolint-test", name.get());
    }

    static Stream<Throwable> failures() {
        return Stream.of(new IllegalStateException("no compiled rules"),
                new NoClassDefFoundError("org/drools/model/Model"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void throwsWhatComputingTheValueThrewAsItWasThrown(Throwable failure) {
        Background<String> value = Background.start("topolint-test", () -> {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        });

        assertSame(failure, assertThrows(Throwable.class, value::get));
        assertSame(failure, assertThrows(Throwable.class, value::get), "thrown again at every use");
    }

    @Test
    void threadsAreDaemonsWithTheCallersContextClassLoader() throws Exception {
        Thread caller = Thread.currentThread();
        ClassLoader original = caller.getContextClassLoader();
        try (URLClassLoader realm = new URLClassLoader(new URL[0], original)) {
            caller.setContextClassLoader(realm);
            Background<Thread> worker = Background.start("topolint-test", Thread::currentThread);

            assertSame(realm, worker.get().getContextClassLoader());
            assertTrue(worker.get().isDaemon());
        } finally {
            caller.setContextClassLoader(original);
        }
    }
}
