package dev.topolint.rules;

import dev.topolint.RuleInfo;
import java.util.List;

/** The rule reference page, {@code docs/rules.md}, generated from the rules' metadata. */
final class RuleReferencePage {

    private RuleReferencePage() {
    }

    static String render(List<RuleInfo> rules) {
        StringBuilder page = new StringBuilder("""
                # Rules

                <!-- Generated from the rule metadata by RuleReferencePageTest; do not edit. -->

                Each rule's page says why it matters, when it fires and does not, and how to fix it.

                | rule | severity | category | reports | since |
                | --- | --- | --- | --- | --- |
                """);
        for (RuleInfo rule : rules) {
            page.append("| [`").append(rule.id()).append("`](../rules/src/main/resources/rules/")
                    .append(rule.category()).append('/').append(rule.id()).append("/README.md) | ")
                    .append(rule.severity().label()).append(" | ").append(rule.category()).append(" | ")
                    .append(rule.title()).append(" | ").append(rule.since()).append(" |\n");
        }
        return page.toString();
    }
}
