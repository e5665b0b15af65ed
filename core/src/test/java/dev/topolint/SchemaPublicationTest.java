package dev.topolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.internal.load.ConfigurationLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaPublicationTest {

    @ParameterizedTest
    @CsvSource({
        "/dev/topolint/topolint.schema.json, ../docs/topolint.schema.json",
        "/dev/topolint/topolint-config.schema.json, ../docs/topolint-config.schema.json"})
    void theSchemaInDocsIsTheOneShippedInCore(String resource, String published) throws IOException {
        String shipped;
        try (InputStream in = Topolint.class.getResourceAsStream(resource)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(shipped, Files.readString(Path.of(published)),
                "copy core/src/main/resources" + resource + " to " + published.substring(3));
    }

    @Test
    void theTestNamesTheSchemasTheCodeShips() {
        assertEquals("/dev/topolint/topolint.schema.json", Topolint.SCHEMA_RESOURCE);
        assertEquals("/dev/topolint/topolint-config.schema.json", ConfigurationLoader.SCHEMA_RESOURCE);
    }
}
