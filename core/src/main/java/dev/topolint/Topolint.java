package dev.topolint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about topolint itself. */
public final class Topolint {

    /** Where the descriptor format's JSON Schema is published inside the core artifact. */
    public static final String SCHEMA_RESOURCE = "/dev/topolint/topolint.schema.json";

    private Topolint() {
    }

    /** The version of this build, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = Topolint.class.getResourceAsStream("/dev/topolint/version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topolint's version resource", e);
        }
    }
}
