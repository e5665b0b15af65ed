package dev.topolint;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a finding matters, most severe first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** The spelling used in rule metadata, options and reports: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is the threshold's or a more severe one. */
    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /**
     * Reads a severity as written in rule metadata or on a command line.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Severity parse(String text) {
        for (Severity severity : values()) {
            if (severity.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "'; expected one of " + labels());
    }

    /** The accepted spellings, comma separated, most severe first. */
    public static String labels() {
        return Arrays.stream(values()).map(Severity::label).collect(Collectors.joining(", "));
    }
}
