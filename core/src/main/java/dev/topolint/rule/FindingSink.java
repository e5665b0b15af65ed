package dev.topolint.rule;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;

/**
 * The one channel through which a rule reports: the DRL global {@code findings}. A consequence calls
 * {@code findings.report(drools.getRule(), target, path, message)}; the rule's id and severity come from its
 * metadata, so they are written once, in the rule header.
 */
public final class FindingSink {

    /** The name of the global in every DRL file. */
    public static final String GLOBAL = "findings";

    /**
     * A finding as a rule raised it, before it is placed in the file.
     *
     * @param ruleId the raising rule's {@code @id}
     */
    public record Raised(String ruleId, String target, String path, String message) {
    }

    private final List<Raised> raised = new ArrayList<>();

    /**
     * Reports a finding.
     *
     * @param rule the rule that fires, {@code drools.getRule()}
     * @param target the component id, tier name or DNS name the finding is about
     * @param path the JSON Pointer of the declaration to place the finding on
     * @param message what is wrong and why it matters; the first sentence stands alone
     */
    public void report(Rule rule, String target, String path, String message) {
        raised.add(new Raised(String.valueOf(rule.getMetaData().get("id")), target, path, message));
    }

    /** Everything reported so far, in firing order. */
    public List<Raised> raised() {
        return List.copyOf(raised);
    }
}
