package dev.topolint.internal.engine;

import dev.topolint.RuleInfo;
import java.util.List;

/**
 * A finding a rule raised, with the rule's catalogue entry, before it is placed in the file.
 *
 * @param related the other components involved, by id or JSON Pointer
 * @param flow the declarations a request passes on its way to the problem, by id or JSON Pointer
 */
public record RaisedFinding(RuleInfo rule, String target, String path, String message, List<String> related,
                            List<String> flow) {
    public RaisedFinding {
        related = List.copyOf(related);
        flow = List.copyOf(flow);
    }
}
