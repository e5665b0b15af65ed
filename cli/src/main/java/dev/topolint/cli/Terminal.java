package dev.topolint.cli;

import java.util.Map;

/** Whether the text report is coloured: only for a person at a terminal who has not asked for no colour. */
final class Terminal {

    private Terminal() {
    }

    /**
     * @param interactive whether standard output is a terminal
     * @param environment the process environment; {@code NO_COLOR} set to anything but an empty string turns
     *                    colour off, as <a href="https://no-color.org/">no-color.org</a> specifies
     */
    static boolean colour(boolean interactive, Map<String, String> environment) {
        String noColour = environment.get("NO_COLOR");
        return interactive && (noColour == null || noColour.isEmpty());
    }
}
