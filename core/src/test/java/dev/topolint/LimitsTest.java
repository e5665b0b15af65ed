package dev.topolint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @AfterEach
    void clear() {
        System.clearProperty("topolint.maxDepth");
        System.clearProperty("topolint.maxFileBytes");
    }

    @Test
    void withoutPropertiesTheDefaultsHold() {
        assertEquals(Limits.DEFAULTS, Limits.fromSystemProperties());
        assertEquals(new Limits(67_108_864, 64, 4096, 50, 1_000_000), Limits.DEFAULTS);
    }

    @Test
    void aPropertyReplacesItsDefault() {
        System.setProperty("topolint.maxDepth", "128");
        System.setProperty("topolint.maxFileBytes", "134217728");

        assertEquals(new Limits(134_217_728, 128, 4096, 50, 1_000_000), Limits.fromSystemProperties());
    }

    @Test
    void aPropertyThatIsNotAPositiveWholeNumberIsNamed() {
        System.setProperty("topolint.maxDepth", "deep");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, Limits::fromSystemProperties);
        assertEquals("the system property topolint.maxDepth is 'deep'; it must be a whole number from 1 to "
                + Integer.MAX_VALUE, error.getMessage());
    }
}
