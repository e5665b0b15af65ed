package dev.topolint.facts;

import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.DatabaseMember;
import dev.topolint.model.Host;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.Location;
import dev.topolint.model.PoolServer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Places the hosts of every tier of two or more hosts. */
final class TierPlacements {

    private TierPlacements() {
    }

    /** A fact for every load-balancer tier, backend pool and database cluster with two or more distinct hosts. */
    static List<TierPlacement> of(ComponentIndex index, List<DatabaseCluster> clusters) {
        List<TierPlacement> placements = new ArrayList<>();
        for (LoadBalancer lb : index.descriptor().loadBalancers()) {
            place(index, lb.id(), "load-balancer tier", lb.path(), lb.nodes()).ifPresent(placements::add);
            place(index, lb.pool().id(), "backend pool", lb.pool().path(),
                    lb.pool().servers().stream().map(PoolServer::host).toList()).ifPresent(placements::add);
        }
        for (DatabaseCluster cluster : clusters) {
            place(index, cluster.id(), "database cluster", cluster.path(),
                    cluster.members().stream().map(DatabaseMember::host).toList()).ifPresent(placements::add);
        }
        return placements;
    }

    private static Optional<TierPlacement> place(ComponentIndex index, String tier, String kind, String path,
                                                 List<String> declaredHosts) {
        Set<String> hosts = new TreeSet<>(declaredHosts);
        if (hosts.size() < 2) {
            return Optional.empty();
        }
        Set<Location> locations = new LinkedHashSet<>();
        boolean undeclared = false;
        for (String id : hosts) {
            // A member that names no declared host has no location either; the loader refuses one anyway.
            Location location = index.host(id).map(Host::location).orElse(null);
            if (location == null) {
                undeclared = true;
            } else {
                locations.add(location);
            }
        }
        return Optional.of(new TierPlacement(tier, kind, path, List.copyOf(hosts), locations, undeclared));
    }
}
