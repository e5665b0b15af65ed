package dev.topolint.config;

import dev.topolint.Severity;

/**
 * What the configuration says of one rule.
 *
 * @param enabled {@code false} when the rule is switched off; {@code null} when not said
 * @param severity the severity its findings are reported at, or {@code null} for the rule's own
 */
public record RuleSetting(Boolean enabled, Severity severity) {

    /** Whether the rule runs. */
    public boolean runs() {
        return enabled == null || enabled;
    }
}
