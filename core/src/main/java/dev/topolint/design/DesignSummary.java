package dev.topolint.design;

import java.util.List;

/**
 * A descriptor's design explained in words, as a design document would: the request path, what each element is
 * for, how load is spread, how each tier is made redundant, and how the database serves the applications.
 * Derived from the model and the graph facts only, never from the descriptor's comments or free text.
 *
 * @param file the descriptor, as findings name it
 * @param sections the parts of the summary, in reading order; a part with nothing to say is left out
 */
public record DesignSummary(String file, List<DesignSection> sections) {
    public DesignSummary {
        sections = List.copyOf(sections);
    }
}
