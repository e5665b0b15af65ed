package dev.topolint.model;

import java.util.List;
import java.util.Optional;

/**
 * One topology descriptor as read from its file: every component, with host firewalls and monitoring
 * agents lifted out of their hosts so that rules see one kind of fact for each.
 *
 * @param file the descriptor's path as given to topolint, with {@code /} as separator
 * @param name the design's name, or {@code null}
 */
public record Descriptor(String file, String name, List<DnsRecord> dns, List<LoadBalancer> loadBalancers,
                         List<Host> hosts, List<DatabaseCluster> databases, List<Firewall> firewalls,
                         List<MonitoringAgent> monitoringAgents, List<ExternalCheck> externalChecks) {
    public Descriptor {
        dns = List.copyOf(dns);
        loadBalancers = List.copyOf(loadBalancers);
        hosts = List.copyOf(hosts);
        databases = List.copyOf(databases);
        firewalls = List.copyOf(firewalls);
        monitoringAgents = List.copyOf(monitoringAgents);
        externalChecks = List.copyOf(externalChecks);
    }

    public Optional<Host> host(String id) {
        return hosts.stream().filter(host -> host.id().equals(id)).findFirst();
    }

    public Optional<LoadBalancer> loadBalancer(String id) {
        return loadBalancers.stream().filter(lb -> lb.id().equals(id)).findFirst();
    }

    /**
     * The host a name designates: a host id, one of a host's addresses, or the id of a service on it. A name
     * written {@code host:port} designates the host part.
     */
    public Optional<Host> hostNamed(String name) {
        String host = Addresses.isHostPort(name) ? Addresses.hostOf(name) : name;
        return hosts.stream().filter(h -> h.id().equals(host) || h.hasAddress(host)).findFirst()
                .or(() -> services().stream().filter(s -> s.id().equals(host)).findFirst()
                        .flatMap(service -> host(service.host())));
    }

    /** Every service of every host, in declaration order. */
    public List<Service> services() {
        return hosts.stream().flatMap(host -> host.services().stream()).toList();
    }
}
