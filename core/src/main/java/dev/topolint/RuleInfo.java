package dev.topolint;

import java.util.List;

/**
 * A rule of the catalogue, as its metadata describes it.
 *
 * @param title the rule's one-line name
 * @param tags extra classification, e.g. {@code CWE-319}
 * @param documentation the rule's documentation page in Markdown, or an empty string
 */
public record RuleInfo(String id, String title, Severity severity, String category, String since, List<String> tags,
                       String documentation) {
    public RuleInfo {
        tags = List.copyOf(tags);
    }
}
