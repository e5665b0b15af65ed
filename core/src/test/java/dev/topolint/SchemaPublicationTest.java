package dev.topolint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaPublicationTest {

    @Test
    void theSchemaInDocsIsTheOneShippedInCore() throws IOException {
        String shipped;
        try (InputStream in = Topolint.class.getResourceAsStream(Topolint.SCHEMA_RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(shipped, Files.readString(Path.of("../docs/topolint.schema.json")),
                "copy core/src/main/resources/dev/topolint/topolint.schema.json to docs/topolint.schema.json");
    }
}
