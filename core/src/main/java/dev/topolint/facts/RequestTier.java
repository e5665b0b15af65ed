package dev.topolint.facts;

import java.util.List;

/**
 * A tier that every request from an entry point passes through, and the hosts that make it up.
 *
 * @param entry the DNS name
 * @param tier {@code web} (what the load balancer or DNS hands requests to) or {@code app} (what the web servers
 *             forward dynamic requests to)
 * @param hosts the tier's hosts, sorted; a pool's {@code backup} servers count, since they take over
 */
public record RequestTier(String entry, String tier, List<String> hosts) {
    public RequestTier {
        hosts = List.copyOf(hosts);
    }
}
