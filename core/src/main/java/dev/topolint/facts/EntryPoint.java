package dev.topolint.facts;

import java.util.List;

/**
 * A DNS name clients resolve, and what its records lead to.
 *
 * @param path the first record with this name
 * @param loadBalancers the load balancers reached, by id
 * @param loadBalancerNodes the load-balancer hosts clients can reach: through a VRRP virtual IP every node, through
 *                          a node's own address only that node
 * @param managed whether a provider's managed load balancer is reached, which has no single node
 * @param directHosts hosts that are not load-balancer nodes and that the records point at directly
 */
public record EntryPoint(String name, String path, List<String> loadBalancers, List<String> loadBalancerNodes,
                         boolean managed, List<String> directHosts) {
    public EntryPoint {
        loadBalancers = List.copyOf(loadBalancers);
        loadBalancerNodes = List.copyOf(loadBalancerNodes);
        directHosts = List.copyOf(directHosts);
    }

    /** The one host that all traffic of this name lands on, with no load balancer in front; or {@code null}. */
    public String soleHost() {
        return loadBalancers.isEmpty() && directHosts.size() == 1 ? directHosts.get(0) : null;
    }

    /** Whether a load balancer is in the request path from this name. */
    public boolean reachesLoadBalancer() {
        return !loadBalancers.isEmpty();
    }
}
