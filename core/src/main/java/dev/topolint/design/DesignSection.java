package dev.topolint.design;

import java.util.List;

/** One part of a design summary, e.g. "Request path", and its statements. */
public record DesignSection(String title, List<DesignStatement> statements) {
    public DesignSection {
        statements = List.copyOf(statements);
    }
}
