package dev.topolint.internal.load;

import dev.topolint.Problem;
import dev.topolint.Region;
import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.DatabaseMember;
import dev.topolint.model.Addresses;
import dev.topolint.model.Descriptor;
import dev.topolint.model.Firewall;
import dev.topolint.model.FirewallType;
import dev.topolint.model.Host;
import dev.topolint.model.InboundRule;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.PoolServer;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The checks a JSON Schema cannot make: every id is unique across the descriptor, and every reference names
 * a component of the right kind. A reference written {@code host:port} is a network address and may point
 * outside the descriptor.
 */
final class ReferenceCheck {

    private final Descriptor descriptor;
    private final SourceMap sourceMap;
    private final List<Problem> problems = new ArrayList<>();
    /** The services of every host, gathered once. */
    private final List<Service> services;
    /**
     * Where each id is declared, as the pointer to its component. The pointer to the {@code id} property, which a
     * component may leave out, is made only when a problem is reported: a large estate declares hundreds of
     * thousands of ids, and few are duplicates.
     */
    private final Map<String, String> declarations = new HashMap<>();
    // What each kind of reference may name, gathered once: per reference, the checks would grow quadratically.
    private final Set<String> hosts;
    private final Set<String> databaseHosts;
    private final Set<String> appTargets;
    private final Set<String> databaseTargets;
    private final Set<String> sources;

    private ReferenceCheck(Descriptor descriptor, SourceMap sourceMap) {
        this.descriptor = descriptor;
        this.sourceMap = sourceMap;
        this.services = descriptor.services();
        hosts = ids(descriptor.hosts().stream().map(Host::id).toList());
        List<String> databaseHostIds = hostsRunning(ServiceType.DB);
        databaseHosts = ids(databaseHostIds);
        appTargets = ids(servicesOfType(services, ServiceType.APP), hostsRunning(ServiceType.APP));
        databaseTargets = ids(descriptor.databases().stream().map(DatabaseCluster::id).toList(),
                servicesOfType(services, ServiceType.DB), databaseHostIds);
        sources = ids(descriptor.hosts().stream().map(Host::id).toList(),
                descriptor.loadBalancers().stream().map(LoadBalancer::id).toList());
    }

    static List<Problem> check(Descriptor descriptor, SourceMap sourceMap) {
        ReferenceCheck check = new ReferenceCheck(descriptor, sourceMap);
        check.collectIds();
        check.checkReferences();
        return check.problems;
    }

    private void collectIds() {
        descriptor.hosts().forEach(host -> declare(host.id(), host.path()));
        services.forEach(service -> declare(service.id(), service.path()));
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            declare(lb.id(), lb.path());
            declare(lb.pool().id(), lb.pool().path());
        }
        descriptor.databases().forEach(cluster -> declare(cluster.id(), cluster.path()));
        descriptor.firewalls().forEach(firewall -> declare(firewall.id(), firewall.path()));
        descriptor.externalChecks().forEach(check -> declare(check.id(), check.path()));
    }

    /** The pointer to a property, or to its object where the property is left out. */
    private String orItself(String pointer) {
        return sourceMap.declares(pointer) ? pointer : pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private void declare(String id, String component) {
        String first = declarations.putIfAbsent(id, component);
        if (first != null) {
            problems.add(new Problem(descriptor.file(), sourceMap.valueRegionOf(orItself(component + "/id")),
                    "duplicate id '" + id + "' (first declared at line "
                    + sourceMap.regionOf(orItself(first + "/id")).startLine() + ")"));
        }
    }

    private void checkReferences() {
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            for (int i = 0; i < lb.nodes().size(); i++) {
                int node = i;
                expect(lb.nodes().get(i), () -> lb.path() + "/nodes/" + node, "host", hosts);
            }
            for (PoolServer server : lb.pool().servers()) {
                expect(server.host(), () -> orItself(server.path() + "/host"), "host", hosts);
            }
        }
        for (Service service : services) {
            checkServiceReferences(service);
        }
        for (DatabaseCluster cluster : descriptor.databases()) {
            for (DatabaseMember member : cluster.members()) {
                checkMember(member);
            }
        }
        for (Firewall firewall : descriptor.firewalls()) {
            if (firewall.type() != FirewallType.HOST) {
                for (int i = 0; i < firewall.protects().size(); i++) {
                    int protectedHost = i;
                    expect(firewall.protects().get(i), () -> firewall.path() + "/protects/" + protectedHost, "host",
                            hosts);
                }
            }
            firewall.inbound().forEach(this::checkSources);
        }
    }

    private void checkServiceReferences(Service service) {
        for (int i = 0; i < service.proxiesTo().size(); i++) {
            int upstream = i;
            expectEndpoint(service.proxiesTo().get(i), () -> service.path() + "/proxies_to/" + upstream,
                    "app service or host", appTargets);
        }
        if (service.writesTo() != null) {
            expectEndpoint(service.writesTo(), () -> service.path() + "/writes_to", "database", databaseTargets);
        }
        for (int i = 0; i < service.readsFrom().size(); i++) {
            int source = i;
            expectEndpoint(service.readsFrom().get(i), () -> service.path() + "/reads_from/" + source, "database",
                    databaseTargets);
        }
    }

    private void checkMember(DatabaseMember member) {
        if (!hosts.contains(member.host())) {
            expect(member.host(), () -> member.path() + "/host", "host", hosts);
        } else if (!databaseHosts.contains(member.host())) {
            problems.add(new Problem(descriptor.file(), sourceMap.valueRegionOf(member.path() + "/host"), "host '"
                    + member.host() + "' is a database member but runs no service of type db"));
        }
        if (member.replicatesFrom() != null) {
            expectEndpoint(member.replicatesFrom(), () -> member.path() + "/replicates_from", "database host",
                    databaseHosts);
        }
    }

    private void checkSources(InboundRule rule) {
        for (int i = 0; i < rule.from().size(); i++) {
            String source = rule.from().get(i);
            if (!InboundRule.ANY_SOURCES.contains(source) && !sources.contains(source)
                    && !Addresses.isAddressOrBlock(source)) {
                // One source may be written alone, without a list.
                boolean list = sourceMap.declares(rule.path() + "/from/0");
                String pointer = list ? rule.path() + "/from/" + i : rule.path() + "/from";
                problems.add(new Problem(descriptor.file(), sourceMap.valueRegionOf(pointer),
                        "unknown source '" + source + "': expected any, an address or CIDR block, or a host or load "
                        + "balancer id"
                        + Suggestions.didYouMean(source, sources)));
            }
        }
    }

    private void expectEndpoint(String reference, Supplier<String> pointer, String kind, Set<String> candidates) {
        if (!candidates.contains(reference) && !Addresses.isHostPort(reference)) {
            expect(reference, pointer, kind, candidates);
        }
    }

    /** Reports a reference to none of the candidates where the pointer, made only then, says it is written. */
    private void expect(String reference, Supplier<String> pointer, String kind, Set<String> candidates) {
        if (!candidates.contains(reference)) {
            Region region = sourceMap.valueRegionOf(pointer.get());
            String known = declarations.containsKey(reference) ? " ('" + reference + "' is not a " + kind + ")"
                    : Suggestions.didYouMean(reference, candidates);
            problems.add(new Problem(descriptor.file(), region, "unknown " + kind + " '" + reference + "'" + known));
        }
    }

    private static List<String> servicesOfType(List<Service> services, ServiceType type) {
        return services.stream().filter(service -> service.type() == type).map(Service::id).toList();
    }

    private List<String> hostsRunning(ServiceType type) {
        return descriptor.hosts().stream().filter(host -> host.runs(type)).map(Host::id).toList();
    }

    @SafeVarargs
    private static Set<String> ids(List<String>... groups) {
        return Arrays.stream(groups).flatMap(List::stream).collect(Collectors.toCollection(HashSet::new));
    }
}
