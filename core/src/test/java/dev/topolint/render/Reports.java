package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.Place;
import dev.topolint.Problem;
import dev.topolint.Region;
import dev.topolint.Report;
import dev.topolint.RuleInfo;
import dev.topolint.Severity;
import java.util.List;

/**
 * Reports built by hand, so that the renderers are tested apart from the loader and the rules. The golden
 * files under {@code render/} are named after them.
 */
final class Reports {

    static final String TOOL_VERSION = "1.2.3";

    static final RuleInfo NO_FIREWALL = new RuleInfo("no-firewall", "No firewall filters a host's traffic",
            Severity.MEDIUM, "security", "0.1.0", List.of("CWE-284"),
            "# no-firewall\n\nDeny what the host does not serve.\n");
    static final RuleInfo NO_MONITORING = new RuleInfo("no-monitoring", "A host has no monitoring",
            Severity.LOW, "observability", "0.1.0", List.of(), "");
    static final RuleInfo PLAINTEXT_HTTP = new RuleInfo("plaintext-http", "The site is served over plaintext HTTP",
            Severity.HIGH, "security", "0.1.0", List.of("CWE-319"), "# plaintext-http\n\nServe the site over TLS.\n");
    static final RuleInfo SPOF_HOST = new RuleInfo("spof-host", "A single host carries a whole tier",
            Severity.HIGH, "availability", "0.1.0", List.of(), "# spof-host\n\nPut a second host beside it.\n");

    private static final String WEB_STACK = "site/web stack.yaml";
    private static final Region SERVER = new Region(13, 5, 27, 1);
    private static final Region EDGE_DNS = new Region(8, 5, 10, 24);
    private static final Region EDGE_LB = new Region(12, 5, 16, 30);

    private Reports() {
    }

    /** The report of a name used by the golden files: {@code findings}, {@code problems} or {@code empty}. */
    static Report named(String name) {
        return switch (name) {
            case "findings" -> withFindings();
            case "problems" -> withProblems();
            case "empty" -> empty();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Two descriptors, four findings of three severities, rules given out of order, no problems. */
    static Report withFindings() {
        return new Report(List.of(WEB_STACK, "site/edge.yaml"),
                List.of(
                        new Finding("spof-host", Severity.HIGH, "server-01", WEB_STACK, "/hosts/0", SERVER,
                                "server-01 carries the \"web\" tier alone — if it fails, the site is down."),
                        new Finding("no-monitoring", Severity.LOW, "server-01", WEB_STACK, "/hosts/0", SERVER,
                                "No monitoring agent runs on server-01."),
                        new Finding("plaintext-http", Severity.HIGH, "www.foobar.com", "site/edge.yaml", "/dns/0",
                                EDGE_DNS, "The site www.foobar.com is served in plaintext on port 80"
                                + " of server-01: anyone on the path can read and alter the traffic.",
                                List.of(new Place("lb-01", "load balancer lb-01", "/load_balancers/0", EDGE_LB)),
                                List.of(new Place("www.foobar.com", "DNS name www.foobar.com", "/dns/0", EDGE_DNS),
                                        new Place("lb-01", "listener of load balancer lb-01",
                                                "/load_balancers/0/listeners/0", new Region(14, 9, 14, 40)))),
                        new Finding("no-firewall", Severity.MEDIUM, "server-01", WEB_STACK, "/hosts/0", SERVER,
                                "Nothing filters the traffic that reaches server-01.")),
                List.of(),
                List.of(SPOF_HOST, PLAINTEXT_HTTP, NO_MONITORING, NO_FIREWALL));
    }

    /** Three descriptors: one checked with a finding, one invalid in two places, one not readable at all. */
    static Report withProblems() {
        return new Report(List.of("latin1.yaml", "good.yaml", "broken.yaml"),
                List.of(new Finding("no-monitoring", Severity.LOW, "web-01", "good.yaml", "/hosts/0",
                        new Region(3, 5, 6, 1), "No monitoring agent runs on web-01.")),
                List.of(
                        new Problem("latin1.yaml", null, "not a UTF-8 text file"),
                        new Problem("broken.yaml", new Region(4, 5, 4, 9),
                                "unknown property 'hsts'; did you mean 'hosts'?"),
                        new Problem("broken.yaml", new Region(2, 1, 2, 12), "'topolint' must be 1")),
                List.of(NO_MONITORING));
    }

    /** One clean descriptor and no rules. */
    static Report empty() {
        return new Report(List.of("site.yaml"), List.of(), List.of(), List.of());
    }
}
