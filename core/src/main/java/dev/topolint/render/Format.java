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
    SARIF,
    /** A summary, the findings by rule and a diagram of each topology: for pull requests and job summaries. */
    MARKDOWN;

    /** The spelling used on command lines: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The renderer for this format, with the default settings.
     *
     * @param toolVersion the topolint version that the JSON and SARIF documents name, e.g. {@code 0.1.0}
     */
    public Renderer renderer(String toolVersion) {
        return renderer(RenderSettings.of(toolVersion));
    }

    /** The renderer for this format. */
    public Renderer renderer(RenderSettings settings) {
        return switch (this) {
            case TEXT -> new TextRenderer(settings.colour(), settings.quiet(), settings.showSuppressed());
            case JSON -> new JsonRenderer(settings.toolVersion());
            case SARIF -> new SarifRenderer(settings);
            case MARKDOWN -> new MarkdownRenderer(settings);
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
