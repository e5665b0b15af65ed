package dev.topolint.facts;

import dev.topolint.model.Addresses;
import dev.topolint.model.Descriptor;
import dev.topolint.model.DnsRecord;
import dev.topolint.model.Host;
import dev.topolint.model.LoadBalancer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The components of one descriptor by id, address and name, indexed once. The fact derivation looks components
 * up for every entry point, hop and reference: a scan of the descriptor per look-up made it grow with the square
 * of the estate. Where several components match, the first declared wins, as a scan in file order would find.
 */
final class ComponentIndex {

    private final Descriptor descriptor;
    private final Map<String, Host> hostsById = new HashMap<>();
    private final Map<String, Host> hostsByAddress = new HashMap<>();
    private final Map<String, Host> hostsByIdOrAddress = new HashMap<>();
    private final Map<String, Host> hostsByServiceId = new HashMap<>();
    private final Map<String, LoadBalancer> loadBalancersById = new HashMap<>();
    private final Map<String, LoadBalancer> loadBalancersByVip = new HashMap<>();
    private final Map<String, LoadBalancer> loadBalancersByNode = new HashMap<>();
    private final Map<String, List<DnsRecord>> recordsByName = new HashMap<>();

    ComponentIndex(Descriptor descriptor) {
        this.descriptor = descriptor;
        for (Host host : descriptor.hosts()) {
            hostsById.putIfAbsent(host.id(), host);
            hostsByIdOrAddress.putIfAbsent(host.id(), host);
            for (String address : new String[] {host.publicIp(), host.privateIp()}) {
                if (address != null) {
                    hostsByAddress.putIfAbsent(address, host);
                    hostsByIdOrAddress.putIfAbsent(address, host);
                }
            }
            host.services().forEach(service -> hostsByServiceId.putIfAbsent(service.id(), host));
        }
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            loadBalancersById.putIfAbsent(lb.id(), lb);
            if (lb.vip() != null) {
                loadBalancersByVip.putIfAbsent(lb.vip(), lb);
            }
            lb.nodes().forEach(node -> loadBalancersByNode.putIfAbsent(node, lb));
        }
        for (DnsRecord record : descriptor.dns()) {
            recordsByName.computeIfAbsent(record.name(), name -> new ArrayList<>()).add(record);
        }
    }

    Descriptor descriptor() {
        return descriptor;
    }

    Optional<Host> host(String id) {
        return Optional.ofNullable(hostsById.get(id));
    }

    /** The first host with this public or private address. */
    Optional<Host> hostWithAddress(String address) {
        return Optional.ofNullable(hostsByAddress.get(address));
    }

    /** The host a name designates, as {@link Descriptor#hostNamed(String)} defines it. */
    Optional<Host> hostNamed(String name) {
        String host = Addresses.isHostPort(name) ? Addresses.hostOf(name) : name;
        Host byIdOrAddress = hostsByIdOrAddress.get(host);
        return byIdOrAddress != null ? Optional.of(byIdOrAddress) : Optional.ofNullable(hostsByServiceId.get(host));
    }

    Optional<LoadBalancer> loadBalancer(String id) {
        return Optional.ofNullable(loadBalancersById.get(id));
    }

    /** The first load balancer whose virtual IP this is. */
    Optional<LoadBalancer> loadBalancerWithVip(String address) {
        return Optional.ofNullable(loadBalancersByVip.get(address));
    }

    /** The first load balancer that lists this host among its nodes. */
    Optional<LoadBalancer> loadBalancerWithNode(String hostId) {
        return Optional.ofNullable(loadBalancersByNode.get(hostId));
    }

    /** The DNS records of one name, in declaration order. */
    List<DnsRecord> records(String name) {
        return recordsByName.getOrDefault(name, List.of());
    }
}
