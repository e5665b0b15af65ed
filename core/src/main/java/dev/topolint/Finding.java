package dev.topolint;

import java.util.Comparator;

/**
 * One problem a rule found in a descriptor.
 *
 * @param target what the finding is about: a component id, a tier name, or the entry point's DNS name
 * @param file the descriptor, as given to topolint
 * @param path the JSON Pointer of the declaration the finding is placed on
 * @param region where that declaration stands in the file
 */
public record Finding(String ruleId, Severity severity, String target, String file, String path, Region region,
                      String message) implements Comparable<Finding> {

    /** Report order: file, line, column, rule, target. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparing(Finding::region)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::target);

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
