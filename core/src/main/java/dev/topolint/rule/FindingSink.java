package dev.topolint.rule;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;

/**
 * The one channel through which a rule reports: the DRL global {@code findings}. A consequence calls
 * {@code findings.report(drools.getRule(), target, path, message)}; the rule's id and severity come from its
 * metadata, so they are written once, in the rule header.
 *
 * <p>A rule that knows more names it, and nothing else: the other components involved, and the way a request
 * takes to the problem. Each is given as a component id (a host, load balancer, pool, service, database
 * cluster or DNS name) or as the JSON Pointer of a declaration; the engine places them in the file, and the
 * reports turn them into related locations and code flows.
 */
public final class FindingSink {

    /** The name of the global in every DRL file. */
    public static final String GLOBAL = "findings";

    /**
     * A finding as a rule raised it, before it is placed in the file.
     *
     * @param ruleId the raising rule's {@code @id}
     * @param related the other components involved, by id or pointer
     * @param flow the declarations a request passes, in order, by id or pointer; empty when the finding is not
     *             about a path
     */
    public record Raised(String ruleId, String target, String path, String message, List<String> related,
                         List<String> flow) {
        public Raised {
            related = List.copyOf(related);
            flow = List.copyOf(flow);
        }
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
        report(rule, target, path, message, List.of(), List.of());
    }

    /**
     * Reports a finding that involves other components, such as the load balancer of a lone backend.
     *
     * @param related the other components, by id or JSON Pointer
     */
    public void report(Rule rule, String target, String path, String message, List<String> related) {
        report(rule, target, path, message, related, List.of());
    }

    /**
     * Reports a finding about the way requests take, such as a plaintext hop between the internet and a server.
     *
     * @param flow the declarations a request passes, in order, by id or JSON Pointer; the one at {@code path}
     *             is the problem, and when none is, the problem closes the flow
     */
    public void report(Rule rule, String target, String path, String message, List<String> related,
                       List<String> flow) {
        raised.add(new Raised(String.valueOf(rule.getMetaData().get("id")), target, path, message, related, flow));
    }

    /** Everything reported so far, in firing order. */
    public List<Raised> raised() {
        return List.copyOf(raised);
    }
}
