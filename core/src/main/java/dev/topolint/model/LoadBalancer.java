package dev.topolint.model;

import java.util.List;

/**
 * A load balancer: the nodes that run it, how that tier is made redundant, its listeners and its pool.
 *
 * @param vip the address clients reach when it is not a node's own, or {@code null}
 * @param haMode the declared mode of the load-balancer tier, or {@code null}
 * @param algorithm the distribution algorithm, or {@code null}
 */
public record LoadBalancer(String path, String id, String software, List<String> nodes, Redundancy redundancy,
                           String vip, HaMode haMode, String algorithm, List<Listener> listeners, Pool pool) {
    public LoadBalancer {
        nodes = List.copyOf(nodes);
        listeners = List.copyOf(listeners);
    }
}
