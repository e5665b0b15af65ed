package dev.topolint.facts;

import dev.topolint.model.DnsRecord;
import dev.topolint.model.Host;
import dev.topolint.model.Listener;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.Protocol;
import dev.topolint.model.Redundancy;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves each DNS name to what clients reach through it, as the descriptor declares it. */
final class EntryPoints {

    /** CNAME chains longer than this are not followed (and a loop ends here). */
    private static final int MAX_CHAIN = 8;

    private final ComponentIndex index;

    EntryPoints(ComponentIndex index) {
        this.index = index;
    }

    /** One entry point per DNS name, in declaration order. */
    List<EntryPoint> resolve() {
        Map<String, DnsRecord> firstByName = new LinkedHashMap<>();
        index.descriptor().dns().forEach(record -> firstByName.putIfAbsent(record.name(), record));
        List<EntryPoint> entries = new ArrayList<>();
        for (DnsRecord first : firstByName.values()) {
            Resolution resolution = new Resolution();
            follow(first.name(), resolution, 0);
            entries.add(new EntryPoint(first.name(), first.path(), List.copyOf(resolution.loadBalancers),
                    List.copyOf(resolution.nodes), resolution.managed, List.copyOf(resolution.hosts)));
        }
        return entries;
    }

    private static final class Resolution {
        final Set<String> loadBalancers = new LinkedHashSet<>();
        final Set<String> nodes = new LinkedHashSet<>();
        final Set<String> hosts = new LinkedHashSet<>();
        boolean managed;
    }

    private void follow(String name, Resolution resolution, int depth) {
        for (DnsRecord record : index.records(name)) {
            for (String value : record.values()) {
                resolveValue(value, resolution, depth);
            }
        }
    }

    private void resolveValue(String value, Resolution resolution, int depth) {
        Optional<LoadBalancer> byVip = index.loadBalancerWithVip(value);
        if (byVip.isPresent()) {
            LoadBalancer lb = byVip.get();
            resolution.loadBalancers.add(lb.id());
            resolution.managed |= lb.redundancy() == Redundancy.MANAGED;
            // Only VRRP moves a virtual IP between nodes; otherwise it stays on the node that holds it.
            List<String> holders = lb.redundancy() == Redundancy.VRRP ? lb.nodes()
                    : lb.nodes().stream().limit(1).toList();
            resolution.nodes.addAll(holders);
            return;
        }
        Optional<Host> host = index.hostWithAddress(value);
        if (host.isPresent()) {
            Optional<LoadBalancer> nodeOf = index.loadBalancerWithNode(host.get().id());
            if (nodeOf.isPresent()) {
                resolution.loadBalancers.add(nodeOf.get().id());
                resolution.nodes.add(host.get().id());
            } else {
                resolution.hosts.add(host.get().id());
            }
            return;
        }
        if (depth < MAX_CHAIN) {
            follow(value, resolution, depth + 1);
        }
    }

    /** The listeners clients of each entry point connect to. */
    static List<EntryListener> listeners(ComponentIndex index, EntryPoint entry) {
        List<EntryListener> listeners = new ArrayList<>();
        for (String id : entry.loadBalancers()) {
            LoadBalancer lb = index.loadBalancer(id).orElseThrow();
            for (Listener listener : lb.listeners()) {
                boolean passthrough = listener.protocol() == Protocol.TCP && lb.pool().protocol() == Protocol.HTTPS;
                listeners.add(new EntryListener(entry.name(), lb.id(), listener.path(), listener.port(),
                        listener.terminatesTls() || passthrough, listener.redirectToHttps()));
            }
        }
        for (String id : entry.directHosts()) {
            for (Service service : index.host(id).orElseThrow().services()) {
                if (service.type() == ServiceType.DB) {
                    continue;
                }
                for (Listener listener : service.listeners()) {
                    if (!listener.loopbackOnly()) {
                        listeners.add(new EntryListener(entry.name(), service.id(), listener.path(), listener.port(),
                                listener.terminatesTls(), listener.redirectToHttps()));
                    }
                }
            }
        }
        return listeners;
    }
}
