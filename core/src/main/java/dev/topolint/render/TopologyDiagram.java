package dev.topolint.render;

import dev.topolint.Finding;
import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.DatabaseMember;
import dev.topolint.model.Descriptor;
import dev.topolint.model.DnsRecord;
import dev.topolint.model.Host;
import dev.topolint.model.Listener;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.PoolServer;
import dev.topolint.model.Protocol;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A descriptor as a Mermaid flowchart: DNS names, load balancers, hosts with their services and database
 * clusters, linked the way requests and writes travel, each link labelled with its protocol. The components
 * that findings are placed on are highlighted. Nodes are numbered in declaration order, so equal descriptors
 * give equal diagrams.
 */
final class TopologyDiagram {

    private final Descriptor descriptor;
    /** Mermaid node id by declaration path, in declaration order. */
    private final Map<String, String> nodes = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();

    private TopologyDiagram(Descriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** The flowchart's lines, without the code fence. */
    static List<String> of(Descriptor descriptor, List<Finding> findings) {
        TopologyDiagram diagram = new TopologyDiagram(descriptor);
        diagram.lines.add("flowchart LR");
        diagram.declareNodes();
        diagram.linkRequests();
        diagram.linkData();
        diagram.highlight(findings);
        return diagram.lines;
    }

    private void declareNodes() {
        Set<String> names = new LinkedHashSet<>();
        for (DnsRecord record : descriptor.dns()) {
            if (names.add(record.name())) {
                node(record.path(), "e", "([\"", record.name() + " (DNS)", "\"])");
            }
        }
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            node(lb.path(), "l", "{{\"", "load balancer " + lb.id(), "\"}}");
        }
        for (Host host : descriptor.hosts()) {
            String services = host.services().stream().map(service -> service.type().name().toLowerCase(Locale.ROOT))
                    .distinct().collect(Collectors.joining(", "));
            node(host.path(), "h", "[\"", host.id() + (services.isEmpty() ? "" : ": " + services), "\"]");
        }
        for (DatabaseCluster cluster : descriptor.databases()) {
            node(cluster.path(), "d", "[(\"", "database " + cluster.id(), "\")]");
        }
    }

    private void node(String path, String prefix, String open, String label, String close) {
        String id = prefix + nodes.keySet().stream().filter(p -> nodes.get(p).startsWith(prefix)).count();
        nodes.put(path, id);
        lines.add("  " + id + open + label.replace("\"", "#quot;") + close);
    }

    /** Clients' names to what they resolve to, load balancers to their nodes and pools, web to app servers. */
    private void linkRequests() {
        Set<String> linked = new LinkedHashSet<>();
        for (DnsRecord record : descriptor.dns()) {
            String from = nodeOf(firstRecord(record.name()));
            for (String value : record.values()) {
                resolve(value).filter(to -> linked.add(from + to))
                        .ifPresent(to -> link(from, entryProtocols(to), to));
            }
        }
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            for (String node : lb.nodes()) {
                descriptor.host(node).ifPresent(host -> lines.add("  " + nodeOf(lb.path()) + " -.- " + nodeOf(host.path())));
            }
            String protocol = lb.pool().protocol().name().toLowerCase(Locale.ROOT) + " " + lb.pool().port();
            for (PoolServer server : lb.pool().servers()) {
                descriptor.host(server.host()).ifPresent(host -> link(nodeOf(lb.path()), protocol, nodeOf(host.path())));
            }
        }
        for (Service service : descriptor.services()) {
            for (String upstream : service.proxiesTo()) {
                descriptor.hostNamed(upstream).ifPresent(app -> link(hostNode(service), appProtocol(app),
                        nodeOf(app.path())));
            }
        }
    }

    /** Applications to the databases they write to and read from, and clusters to their members. */
    private void linkData() {
        for (Service service : descriptor.services()) {
            if (service.writesTo() != null) {
                database(service.writesTo()).ifPresent(to -> link(hostNode(service), "writes", to));
            }
            for (String source : service.readsFrom()) {
                database(source).ifPresent(to -> link(hostNode(service), "reads", to));
            }
        }
        for (DatabaseCluster cluster : descriptor.databases()) {
            for (DatabaseMember member : cluster.members()) {
                descriptor.host(member.host()).ifPresent(host -> link(nodeOf(cluster.path()),
                        member.role().name().toLowerCase(Locale.ROOT), nodeOf(host.path())));
            }
        }
    }

    private void highlight(List<Finding> findings) {
        Set<String> flagged = new LinkedHashSet<>();
        for (Finding finding : findings) {
            nodes.keySet().stream()
                    .filter(path -> finding.path().equals(path) || finding.path().startsWith(path + "/"))
                    .max((a, b) -> Integer.compare(a.length(), b.length()))
                    .ifPresent(path -> flagged.add(nodes.get(path)));
        }
        if (!flagged.isEmpty()) {
            lines.add("  classDef finding fill:#fde0dc,stroke:#c62828,stroke-width:2px");
            nodes.values().stream().filter(flagged::contains).forEach(id -> lines.add("  class " + id + " finding"));
        }
    }

    /** A link from a node to itself, such as an application writing to its own host's database, is left out. */
    private void link(String from, String label, String to) {
        if (from.equals(to)) {
            return;
        }
        lines.add("  " + from + " -->|\"" + label + "\"| " + to);
    }

    private String nodeOf(String path) {
        return nodes.get(path);
    }

    private String hostNode(Service service) {
        return nodeOf(descriptor.host(service.host()).orElseThrow().path());
    }

    private String firstRecord(String name) {
        return descriptor.dns().stream().filter(record -> record.name().equals(name)).findFirst().orElseThrow().path();
    }

    /** The node a DNS value leads to: a load balancer by its VIP or a node's address, a host, or another name. */
    private Optional<String> resolve(String value) {
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            boolean node = lb.nodes().stream().flatMap(id -> descriptor.host(id).stream())
                    .anyMatch(host -> host.hasAddress(value));
            if (value.equals(lb.vip()) || node) {
                return Optional.of(nodeOf(lb.path()));
            }
        }
        return descriptor.hosts().stream().filter(host -> host.hasAddress(value)).findFirst()
                .map(host -> nodeOf(host.path()))
                .or(() -> descriptor.dns().stream().filter(record -> record.name().equals(value)).findFirst()
                        .map(record -> nodeOf(firstRecord(record.name()))));
    }

    /** The protocols clients speak to a load balancer or a host, from its listeners. */
    private String entryProtocols(String node) {
        List<Listener> listeners = new ArrayList<>();
        descriptor.loadBalancers().stream().filter(lb -> nodeOf(lb.path()).equals(node))
                .forEach(lb -> listeners.addAll(lb.listeners()));
        descriptor.hosts().stream().filter(host -> nodeOf(host.path()).equals(node))
                .flatMap(host -> host.services().stream())
                .filter(service -> service.type() != ServiceType.DB)
                .forEach(service -> listeners.addAll(service.listeners()));
        String protocols = listeners.stream().filter(listener -> !listener.loopbackOnly())
                .map(listener -> listener.protocol().name().toLowerCase(Locale.ROOT) + " " + listener.port())
                .distinct().collect(Collectors.joining(", "));
        return protocols.isEmpty() ? "dns" : protocols;
    }

    private static String appProtocol(Host app) {
        boolean tls = app.services().stream().filter(service -> service.type() == ServiceType.APP)
                .flatMap(service -> service.listeners().stream()).anyMatch(Listener::terminatesTls);
        return tls ? Protocol.HTTPS.name().toLowerCase(Locale.ROOT) : Protocol.HTTP.name().toLowerCase(Locale.ROOT);
    }

    /** A database endpoint: a cluster's id, or a host, a host address or a database service on a host. */
    private Optional<String> database(String endpoint) {
        return descriptor.databases().stream().filter(cluster -> cluster.id().equals(endpoint)).findFirst()
                .map(cluster -> nodeOf(cluster.path()))
                .or(() -> descriptor.hostNamed(endpoint).map(host -> nodeOf(host.path())));
    }
}
