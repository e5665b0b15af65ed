package dev.topolint.render;

import dev.topolint.Severity;

/** The two ways a topolint severity is spelled in SARIF, kept side by side so that they cannot drift apart. */
final class SarifSeverity {

    private SarifSeverity() {
    }

    /** The SARIF level of results and of rules' default configuration. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /**
     * The {@code security-severity} score that GitHub code scanning reads from a security rule's properties:
     * a string holding a number from 0.0 to 10.0, which it buckets back into critical (9.0 and above),
     * high (7.0), medium (4.0) and low. Each value sits inside its bucket, clear of the bounds.
     */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "2.0";
            case INFO -> "0.0";
        };
    }
}
