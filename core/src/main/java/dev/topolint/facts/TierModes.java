package dev.topolint.facts;

import dev.topolint.model.DnsRecord;
import dev.topolint.model.HaMode;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.Pool;
import dev.topolint.model.Redundancy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Works out which HA modes each load-balancer tier and backend pool can really provide. */
final class TierModes {

    private TierModes() {
    }

    /** A fact for every tier and pool that declares a mode. */
    static List<TierMode> declared(ComponentIndex index) {
        List<TierMode> modes = new ArrayList<>();
        // Gathered once: per load balancer, a scan of every record would grow with the square of the estate.
        Set<String> published = new HashSet<>();
        Set<String> healthChecked = new HashSet<>();
        for (DnsRecord record : index.descriptor().dns()) {
            published.addAll(record.values());
            if (record.healthChecked()) {
                healthChecked.addAll(record.values());
            }
        }
        for (LoadBalancer lb : index.descriptor().loadBalancers()) {
            if (lb.haMode() != null) {
                modes.add(loadBalancerTier(index, lb, published, healthChecked));
            }
            Pool pool = lb.pool();
            if (pool.haMode() != null) {
                modes.add(pool(pool));
            }
        }
        return modes;
    }

    private static TierMode loadBalancerTier(ComponentIndex index, LoadBalancer lb, Set<String> publishedValues,
                                             Set<String> healthCheckedValues) {
        String path = lb.path() + "/ha_mode";
        if (lb.redundancy() == Redundancy.MANAGED) {
            return new TierMode(lb.id(), "load-balancer tier", path, lb.haMode(), EnumSet.allOf(HaMode.class),
                    "a managed load balancer");
        }
        int nodes = lb.nodes().size();
        long published = lb.nodes().stream()
                .filter(node -> !addressesIn(index, node, publishedValues).isEmpty()).count();
        boolean healthChecked = lb.nodes().stream().flatMap(node -> addressesIn(index, node, healthCheckedValues)
                .stream()).distinct().count() >= 2;
        boolean floatingIp = lb.redundancy() == Redundancy.VRRP && lb.vip() != null && nodes >= 2;
        Set<HaMode> realisable = EnumSet.noneOf(HaMode.class);
        if (floatingIp || published >= 2 && healthChecked) {
            realisable.add(HaMode.ACTIVE_PASSIVE);
        }
        if (published >= 2) {
            realisable.add(HaMode.ACTIVE_ACTIVE);
        }
        if (floatingIp || published >= 2) {
            realisable.add(HaMode.CLUSTER);
        }
        return new TierMode(lb.id(), "load-balancer tier", path, lb.haMode(), realisable,
                describeLoadBalancerTier(nodes, published, floatingIp));
    }

    private static String describeLoadBalancerTier(int nodes, long published, boolean floatingIp) {
        if (nodes < 2) {
            return nodes == 1 ? "it has one node" : "it has no node";
        }
        if (floatingIp) {
            return "its " + nodes + " nodes share one virtual IP held by one node at a time";
        }
        if (published >= 2) {
            return published + " of its nodes are published in DNS without health checks";
        }
        return "it has " + nodes + " nodes but clients can reach only " + (published == 1 ? "one" : "none")
                + " of them: no virtual IP, no DNS record for the others, no managed failover";
    }

    /** The addresses of a host that are among the values. */
    private static List<String> addressesIn(ComponentIndex index, String hostId, Set<String> values) {
        return index.host(hostId).stream().flatMap(host -> Stream.of(host.publicIp(), host.privateIp()))
                .filter(address -> address != null && values.contains(address)).toList();
    }

    private static TierMode pool(Pool pool) {
        int inRotation = pool.inRotation().size();
        int backups = pool.servers().size() - inRotation;
        Set<HaMode> realisable = EnumSet.noneOf(HaMode.class);
        if (inRotation >= 1 && backups >= 1) {
            realisable.add(HaMode.ACTIVE_PASSIVE);
        }
        if (inRotation >= 2) {
            realisable.add(HaMode.ACTIVE_ACTIVE);
        }
        if (pool.servers().size() >= 2) {
            realisable.add(HaMode.CLUSTER);
        }
        String reality = backups == 0
                ? (inRotation == 1 ? "it has one server" : "all " + inRotation + " servers are in rotation")
                : inRotation + " in rotation and " + backups + " marked backup";
        return new TierMode(pool.id(), "backend pool", pool.path() + "/ha_mode", pool.haMode(), realisable, reality);
    }
}
