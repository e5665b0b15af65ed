package dev.topolint.facts;

import dev.topolint.model.Location;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the hosts of one tier are: a load balancer's nodes, a backend pool's servers or a database cluster's
 * members. The hosts' locations are looked up here, once, rather than by each rule that asks: in the rule network,
 * every such look-up kept every host of the estate in memory.
 *
 * @param tier the tier's id: the load balancer's, the pool's or the cluster's
 * @param kind {@code load-balancer tier}, {@code backend pool} or {@code database cluster}, for messages
 * @param path the declaration of the load balancer, pool or cluster
 * @param hosts the tier's distinct hosts, sorted
 * @param locations the distinct locations those hosts declare, in the order of the hosts
 * @param undeclared whether any of the hosts declares no location
 */
public record TierPlacement(String tier, String kind, String path, List<String> hosts, Set<Location> locations,
                            boolean undeclared) {
    public TierPlacement {
        hosts = List.copyOf(hosts);
        locations = Collections.unmodifiableSet(new LinkedHashSet<>(locations));
    }
}
