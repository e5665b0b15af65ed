package dev.topolint.suppress;

/** Where a suppression is declared, which decides who reviews it. */
public enum SuppressionKind {
    /** A {@code # topolint:ignore} comment in the descriptor, beside or above the declaration. */
    INLINE,
    /** A {@code suppress:} entry on a component of the descriptor. */
    DESCRIPTOR,
    /** An entry of the configuration file, reviewed apart from the descriptors. */
    CONFIGURATION;

    /** Whether the suppression lives in the file it silences, as SARIF's {@code inSource} means. */
    public boolean inSource() {
        return this != CONFIGURATION;
    }
}
