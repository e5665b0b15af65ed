package dev.topolint.render;

import java.util.Objects;

/**
 * What a report says beyond the run's results: settings of the command line, the same for every format, each
 * read only by the formats it concerns.
 *
 * @param toolVersion the topolint version that the JSON and SARIF documents name, e.g. {@code 0.1.0}
 * @param category what the SARIF run is, as GitHub code scanning keeps the alerts of several analyses apart,
 *                 e.g. {@code topology/production}; {@code null} for none
 * @param ruleDocsUrl the address of a rule's documentation page, where {@code {category}} and {@code {id}}
 *                    stand for the rule's
 * @param colour whether the text report highlights severities with ANSI colours
 * @param quiet whether the text report leaves out its summary line
 * @param showSuppressed whether the text report lists the suppressed findings, with why they are accepted
 */
public record RenderSettings(String toolVersion, String category, String ruleDocsUrl, boolean colour,
                             boolean quiet, boolean showSuppressed) {

    /** Where the rule pages are published with topolint's sources. */
    public static final String RULE_DOCS_URL =
            "https://github.com/topolint/topolint/blob/main/rules/src/main/resources/rules/{category}/{id}/README.md";

    public RenderSettings {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(ruleDocsUrl, "ruleDocsUrl");
    }

    /** No category, the published rule pages, plain text with its summary. */
    public static RenderSettings of(String toolVersion) {
        return new RenderSettings(toolVersion, null, RULE_DOCS_URL, false, false, false);
    }

    /** The documentation page of a rule. */
    String ruleDocs(String category, String id) {
        return ruleDocsUrl.replace("{category}", category).replace("{id}", id);
    }
}
