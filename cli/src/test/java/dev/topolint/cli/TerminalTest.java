package dev.topolint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @Test
    void coloursOnlyATerminal() {
        assertTrue(Terminal.colour(true, Map.of()));
        assertFalse(Terminal.colour(false, Map.of()));
    }

    @Test
    void noColorSetToAnythingTurnsColourOff() {
        assertFalse(Terminal.colour(true, Map.of("NO_COLOR", "1")));
        assertTrue(Terminal.colour(true, Map.of("NO_COLOR", "")), "an empty NO_COLOR is not set");
    }
}
