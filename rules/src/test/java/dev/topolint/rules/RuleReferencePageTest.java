package dev.topolint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed rule reference page is the one the metadata generates. Run with
 * {@code -Dtopolint.writeDocs=true} to write it after changing a rule.
 */
class RuleReferencePageTest {

    private static final Path PAGE = Path.of("../docs/rules.md");

    @Test
    void theCommittedPageIsUpToDate() throws IOException {
        String generated = RuleReferencePage.render(Linter.withBuiltInRules().rules());
        if (Boolean.getBoolean("topolint.writeDocs")) {
            Files.writeString(PAGE, generated);
        }
        assertEquals(generated, Files.exists(PAGE) ? Files.readString(PAGE) : "",
                "docs/rules.md is stale: run mvn -pl rules test -Dtopolint.writeDocs=true");
    }
}
