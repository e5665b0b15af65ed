package dev.topolint;

import java.util.Comparator;
import java.util.List;

/**
 * One problem a rule found in a descriptor.
 *
 * @param target what the finding is about: a component id, a tier name, or the entry point's DNS name
 * @param file the descriptor, as given to topolint
 * @param path the JSON Pointer of the declaration the finding is placed on
 * @param region where that declaration stands in the file
 * @param related the other components involved, such as the load balancer in front of a lone backend
 * @param flow the declarations a request passes on its way to the problem, in order; the one at {@code path} is
 *             the problem itself. Empty when the finding is not about a path.
 */
public record Finding(String ruleId, Severity severity, String target, String file, String path, Region region,
                      String message, List<Place> related, List<Place> flow) implements Comparable<Finding> {

    /** Report order: file, line, column, rule, target. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparing(Finding::region)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::target);

    public Finding {
        related = List.copyOf(related);
        flow = List.copyOf(flow);
    }

    /** A finding that involves no other declaration. */
    public Finding(String ruleId, Severity severity, String target, String file, String path, Region region,
                   String message) {
        this(ruleId, severity, target, file, path, region, message, List.of(), List.of());
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
