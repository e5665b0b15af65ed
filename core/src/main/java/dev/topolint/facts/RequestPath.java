package dev.topolint.facts;

import dev.topolint.model.Host;
import dev.topolint.model.Listener;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.PoolServer;
import dev.topolint.model.Protocol;
import dev.topolint.model.Redundancy;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The request path of one entry point as a graph: clients, the load-balancer nodes they reach, the web tier
 * the pool or the record hands requests to, the app tier the web servers forward to, and the point where a
 * request is answered. Its tiers and its cut vertices are facts for the rules.
 */
final class RequestPath {

    /** Where requests come from. */
    static final String CLIENTS = "(clients)";
    /** Where requests are answered: every web server without an app tier behind it, and every app server. */
    static final String ANSWERED = "(answered)";

    private final ComponentIndex index;
    private final EntryPoint entry;
    private final Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    private final Set<String> web = new TreeSet<>();
    private final Set<String> app = new TreeSet<>();
    private final Set<Hop> hops = new LinkedHashSet<>();
    /** The hosts already added as fronts: each node of a load balancer hands requests to the whole pool. */
    private final Set<String> fronts = new HashSet<>();

    RequestPath(ComponentIndex index, EntryPoint entry) {
        this.index = index;
        this.entry = entry;
        graph.addVertex(CLIENTS);
        graph.addVertex(ANSWERED);
        for (String id : entry.loadBalancers()) {
            addLoadBalancer(index.loadBalancer(id).orElseThrow());
        }
        for (String host : entry.directHosts()) {
            connect(CLIENTS, host);
            addFront(host);
        }
    }

    private void addLoadBalancer(LoadBalancer lb) {
        // A managed load balancer has no node of ours that can fail: it stands as one virtual vertex.
        List<String> nodes = lb.redundancy() == Redundancy.MANAGED ? List.of("(" + lb.id() + ")")
                : entry.loadBalancerNodes().stream().filter(lb.nodes()::contains).toList();
        Encryption encryption = backendEncryption(lb);
        for (String node : nodes) {
            connect(CLIENTS, node);
            for (PoolServer server : lb.pool().servers()) {
                connect(node, server.host());
                hops.add(new Hop(entry.name(), lb.id(), server.host(), lb.pool().path(), encryption));
                addFront(server.host());
            }
        }
    }

    /** What protects the hop from a load balancer to its pool, from its listeners and the pool's protocol. */
    private static Encryption backendEncryption(LoadBalancer lb) {
        boolean terminates = lb.listeners().stream().anyMatch(Listener::terminatesTls);
        boolean passesThrough = lb.listeners().stream().anyMatch(listener -> listener.protocol() == Protocol.TCP);
        if (lb.pool().protocol() == Protocol.HTTPS) {
            return terminates || !passesThrough ? Encryption.REENCRYPTED : Encryption.PASSTHROUGH;
        }
        return terminates ? Encryption.PLAINTEXT_AFTER_TERMINATION : Encryption.PLAINTEXT;
    }

    /** A host requests are handed to: a web server, or an app server the pool reaches directly. */
    private void addFront(String id) {
        if (!fronts.add(id)) {
            return;
        }
        Host host = index.host(id).orElseThrow();
        // A pool member that declares no service is what the load balancer hands requests to: a web server.
        if (!host.runs(ServiceType.WEB) && host.runs(ServiceType.APP)) {
            app.add(id);
            connect(id, ANSWERED);
            return;
        }
        web.add(id);
        boolean forwards = false;
        for (Service service : host.services()) {
            if (service.type() != ServiceType.WEB) {
                continue;
            }
            for (String upstream : upstreams(host, service)) {
                forwards = true;
                app.add(upstream);
                if (!upstream.equals(id)) {
                    connect(id, upstream);
                }
                connect(upstream, ANSWERED);
                hops.add(new Hop(entry.name(), id, upstream, service.path(), appEncryption(id, upstream)));
            }
        }
        if (!forwards) {
            connect(id, ANSWERED);
        }
    }

    /** What protects the hop from a web server to an app server: loopback, or the app server's listeners. */
    private Encryption appEncryption(String web, String app) {
        if (web.equals(app)) {
            return Encryption.LOCAL;
        }
        boolean tls = index.host(app).orElseThrow().services().stream()
                .filter(service -> service.type() == ServiceType.APP)
                .flatMap(service -> service.listeners().stream()).anyMatch(Listener::terminatesTls);
        return tls ? Encryption.TLS : Encryption.PLAINTEXT;
    }

    /** The hosts of the app services a web server forwards to: as declared, or else those on its own host. */
    private List<String> upstreams(Host host, Service web) {
        if (web.proxiesTo().isEmpty()) {
            return host.runs(ServiceType.APP) ? List.of(host.id()) : List.of();
        }
        return web.proxiesTo().stream().flatMap(target -> index.hostNamed(target).stream()).map(Host::id)
                .toList();
    }

    private void connect(String from, String to) {
        graph.addVertex(from);
        graph.addVertex(to);
        graph.addEdge(from, to);
    }

    /** Every hop from a load balancer to its pool and from a web server to its app servers, in path order. */
    List<Hop> hops() {
        return List.copyOf(hops);
    }

    /** The web and app tiers, each present only when it has hosts. */
    List<RequestTier> tiers() {
        List<RequestTier> tiers = new ArrayList<>();
        if (!web.isEmpty()) {
            tiers.add(new RequestTier(entry.name(), "web", List.copyOf(web)));
        }
        if (!app.isEmpty()) {
            tiers.add(new RequestTier(entry.name(), "app", List.copyOf(app)));
        }
        return tiers;
    }

    /** The hosts whose loss leaves clients with no way to an answer, in id order. */
    List<PathCut> cuts() {
        List<PathCut> cuts = new ArrayList<>();
        if (!new ConnectivityInspector<>(graph).pathExists(CLIENTS, ANSWERED)) {
            return cuts;
        }
        Set<String> cutpoints = new TreeSet<>(new BiconnectivityInspector<>(graph).getCutpoints());
        for (String vertex : cutpoints) {
            Optional<Host> host = index.host(vertex);
            if (host.isPresent() && !connectedWithout(vertex)) {
                cuts.add(new PathCut(entry.name(), vertex, host.get().path()));
            }
        }
        return cuts;
    }

    private boolean connectedWithout(String vertex) {
        Graph<String, DefaultEdge> without = new MaskSubgraph<>(graph, v -> v.equals(vertex), e -> false);
        return new ConnectivityInspector<>(without).pathExists(CLIENTS, ANSWERED);
    }
}
