package dev.topolint.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.topolint.Finding;
import dev.topolint.Fingerprints;
import dev.topolint.Region;
import dev.topolint.Report;
import dev.topolint.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SarifRendererTest {

    private final Renderer renderer = new SarifRenderer(RenderSettings.of(Reports.TOOL_VERSION));

    @ParameterizedTest
    @ValueSource(strings = {"findings", "problems"})
    void matchesTheGoldenFile(String report) {
        assertEquals(Golden.read(report + ".sarif.json"), renderer.render(Reports.named(report)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"findings", "problems", "empty"})
    void isValidSarif(String report) throws IOException {
        assertValid(renderer.render(Reports.named(report)));
    }

    @Test
    void theSchemaCheckIsNotVacuous() throws IOException {
        String sarif = renderer.render(Reports.withFindings())
                .replace("\"level\": \"note\"", "\"level\": \"fatal\"");
        assertFalse(SarifSchema.violations(sarif).isEmpty());
    }

    @Test
    void aFindingOfARuleTheReportDoesNotDescribeHasNoRuleIndex() throws IOException {
        Finding stray = new Finding("retired-rule", Severity.INFO, "web-01", "site.yaml", "/hosts/0",
                new Region(3, 5, 6, 1), "Left over from an older catalogue.");
        String sarif = renderer.render(new Report(List.of("site.yaml"), List.of(stray), List.of(),
                List.of(Reports.NO_MONITORING)));

        JsonNode result = new ObjectMapper().readTree(sarif).at("/runs/0/results/0");
        assertEquals("retired-rule", result.get("ruleId").asText());
        assertFalse(result.has("ruleIndex"));
        assertValid(sarif);
    }

    @Test
    void theFingerprintIgnoresWhereTheFindingStandsAndWhatItSays() {
        Finding finding = new Finding("spof-host", Severity.HIGH, "server-01", "site.yaml", "/hosts/0",
                new Region(13, 5, 27, 1), "server-01 carries the web tier alone.");
        Finding moved = new Finding("spof-host", Severity.HIGH, "server-01", "site.yaml", "/hosts/3",
                new Region(40, 3, 52, 1), "server-01 carries the web and app tiers alone.");
        Finding other = new Finding("spof-host", Severity.HIGH, "server-02", "site.yaml", "/hosts/0",
                new Region(13, 5, 27, 1), "server-02 carries the web tier alone.");

        assertEquals(fingerprint(finding), fingerprint(moved));
        assertNotEquals(fingerprint(finding), fingerprint(other));
    }

    @Test
    void aRelativeFileIsGivenAgainstTheSourceRoot() {
        assertEquals("{\"uri\":\"infra/caf%C3%A9%3Aprod.yaml\",\"uriBaseId\":\"%SRCROOT%\"}",
                SarifLocations.artifactLocation("infra/café:prod.yaml").toString());
    }

    @Test
    void anAbsoluteFileKeepsItsPathAsAFileUri() {
        assertEquals("{\"uri\":\"file:///srv/topology/site%20a.yaml\"}",
                SarifLocations.artifactLocation("/srv/topology/site a.yaml").toString());
        assertEquals("{\"uri\":\"file:///C:/topology/site.yaml\"}",
                SarifLocations.artifactLocation("C:/topology/site.yaml").toString());
    }

    @Test
    void ruleNamesArePascalCaseIds() {
        assertEquals("SpofDbWriter", SarifRules.pascalCase("spof-db-writer"));
        assertEquals("HaModeMismatch", SarifRules.pascalCase("ha-mode-mismatch"));
    }

    private static String fingerprint(Finding finding) {
        return Fingerprints.of(List.of(finding)).get(0);
    }

    private static void assertValid(String sarif) throws IOException {
        assertEquals(Set.of(), SarifSchema.violations(sarif));
    }
}
