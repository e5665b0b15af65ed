package dev.topolint.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats topolint writes. */
public enum Format {

    /** One line per finding in the compiler's {@code file:line:column:} format, then a summary: for people. */
    TEXT,
    /** topolint's own JSON document: for scripts. */
    JSON,
    /** SARIF 2.1.0: for code-scanning services such as GitHub's. */
    SARIF;

    /** The spelling used on command lines: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The renderer for this format.
     *
     * @param toolVersion the topolint version that the JSON and SARIF documents name, e.g. {@code 0.1.0}
     */
    public Renderer renderer(String toolVersion) {
        return switch (this) {
            case TEXT -> new TextRenderer();
            case JSON -> new JsonRenderer(toolVersion);
            case SARIF -> new SarifRenderer(toolVersion);
        };
    }

    /**
     * Reads a format as written on a command line.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Format parse(String text) {
        for (Format format : values()) {
            if (format.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'; expected one of " + labels());
    }

    /** The accepted spellings, comma separated. */
    public static String labels() {
        return Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", "));
    }
}
