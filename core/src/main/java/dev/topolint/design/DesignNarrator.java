package dev.topolint.design;

import dev.topolint.Region;
import dev.topolint.facts.Encryption;
import dev.topolint.facts.EntryListener;
import dev.topolint.facts.EntryPoint;
import dev.topolint.facts.Hop;
import dev.topolint.facts.PathCut;
import dev.topolint.facts.ReplicaSource;
import dev.topolint.facts.RequestTier;
import dev.topolint.facts.TierMode;
import dev.topolint.facts.WritePath;
import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.DatabaseMember;
import dev.topolint.model.DatabaseRole;
import dev.topolint.model.Descriptor;
import dev.topolint.model.DnsRecord;
import dev.topolint.model.ExternalCheck;
import dev.topolint.model.Failover;
import dev.topolint.model.Firewall;
import dev.topolint.model.Host;
import dev.topolint.model.InboundRule;
import dev.topolint.model.Listener;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.MonitoringAgent;
import dev.topolint.model.Pool;
import dev.topolint.model.PoolServer;
import dev.topolint.model.Protocol;
import dev.topolint.model.Redundancy;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells a descriptor's design in words, from the model and the facts the graph analysis derived for the rules,
 * so that what the summary says and what the rules judge cannot disagree.
 */
public final class DesignNarrator {

    private final Descriptor descriptor;
    /** The facts by their class, each list in the order the facts came: asked for by type again and again. */
    private final Map<Class<?>, List<Object>> factsByType;
    private final Map<String, ReplicaSource> replicaSources;
    private final Function<String, Region> regions;

    private DesignNarrator(Descriptor descriptor, List<Object> facts, Function<String, Region> regions) {
        this.descriptor = descriptor;
        this.factsByType = facts.stream().collect(Collectors.groupingBy(Object::getClass, Collectors.toList()));
        this.replicaSources = facts(ReplicaSource.class).stream()
                .collect(Collectors.toMap(ReplicaSource::path, source -> source, (first, second) -> first));
        this.regions = regions;
    }

    /**
     * The summary of one descriptor.
     *
     * @param facts the facts derived from it, as the rules receive them
     * @param regions where the declaration at a JSON pointer sits in the descriptor
     */
    public static DesignSummary summarise(Descriptor descriptor, List<Object> facts,
                                          Function<String, Region> regions) {
        DesignNarrator narrator = new DesignNarrator(descriptor, facts, regions);
        List<DesignSection> sections = new ArrayList<>();
        narrator.section(sections, "Request path", narrator.requestPaths());
        narrator.section(sections, "What each element is for", narrator.elements());
        narrator.section(sections, "Load balancing", narrator.loadBalancing());
        narrator.section(sections, "Redundancy", narrator.redundancy());
        narrator.section(sections, "Database", narrator.databases());
        return new DesignSummary(descriptor.file(), sections);
    }

    private void section(List<DesignSection> sections, String title, List<DesignStatement> statements) {
        if (!statements.isEmpty()) {
            sections.add(new DesignSection(title, statements));
        }
    }

    private DesignStatement say(String path, String text) {
        return new DesignStatement(text, path, regions.apply(path));
    }

    /** The facts of one class; every fact is a record, so its class is exactly the one asked for. */
    private <T> List<T> facts(Class<T> type) {
        return factsByType.getOrDefault(type, List.of()).stream().map(type::cast).toList();
    }

    // Request path

    private List<DesignStatement> requestPaths() {
        List<DesignStatement> statements = new ArrayList<>();
        for (EntryPoint entry : facts(EntryPoint.class)) {
            DnsRecord record = descriptor.dns().stream().filter(r -> r.path().equals(entry.path())).findFirst()
                    .orElseThrow();
            statements.add(say(entry.path(), entry.name() + " is the domain name clients use: DNS turns it into "
                    + Words.list(record.values()) + " through " + article(record.type()) + " " + record.type()
                    + " record, and " + reached(entry, record) + "."));
            entryListeners(entry).ifPresent(statements::add);
            for (String id : entry.loadBalancers()) {
                Pool pool = descriptor.loadBalancer(id).orElseThrow().pool();
                List<String> servers = pool.servers().stream().map(PoolServer::host).toList();
                statements.add(say(pool.path(), id + (servers.size() == 1 ? " hands every request to "
                        : " hands each request to one of ") + Words.list(servers) + " on port " + pool.port()
                        + " over " + protocol(pool.protocol()) + "."));
            }
            tiers(entry).ifPresent(statements::add);
            statements.add(cuts(entry));
        }
        return statements;
    }

    private String reached(EntryPoint entry, DnsRecord record) {
        List<String> parts = new ArrayList<>();
        for (String id : entry.loadBalancers()) {
            LoadBalancer lb = descriptor.loadBalancer(id).orElseThrow();
            if (lb.redundancy() == Redundancy.MANAGED) {
                parts.add("clients reach the managed load balancer " + lb.id());
            } else if (lb.vip() != null && record.values().contains(lb.vip())) {
                parts.add("clients reach load balancer " + lb.id() + " through the virtual IP that "
                        + Words.list(lb.nodes()) + " share");
            } else {
                List<String> nodes = entry.loadBalancerNodes().stream().filter(lb.nodes()::contains).toList();
                parts.add("clients reach load balancer " + lb.id() + " on " + Words.list(nodes));
            }
        }
        if (!entry.directHosts().isEmpty()) {
            parts.add((parts.isEmpty() ? "clients reach " : "and ") + Words.list(entry.directHosts())
                    + (entry.reachesLoadBalancer() ? " directly, around the load balancer" : " directly"));
        }
        return parts.isEmpty() ? "it leads to no host of this design" : String.join(", ", parts);
    }

    /** How clients talk to the first thing they reach: the listeners of the load balancer or the host. */
    private Optional<DesignStatement> entryListeners(EntryPoint entry) {
        List<EntryListener> listeners = facts(EntryListener.class).stream()
                .filter(listener -> listener.entry().equals(entry.name())).toList();
        if (listeners.isEmpty()) {
            return Optional.empty();
        }
        List<String> owners = listeners.stream().map(listener -> owner(listener.owner())).distinct().toList();
        List<String> ports = listeners.stream().map(listener -> listener(listenerAt(listener.path()))).distinct()
                .toList();
        return Optional.of(say(listeners.get(0).path(), "Clients talk to " + Words.list(owners)
                + " over TCP/IP, on port " + Words.list(ports) + "."));
    }

    private String owner(String id) {
        return descriptor.services().stream().filter(service -> service.id().equals(id)).findFirst()
                .map(service -> "the " + noun(service.type()) + " on " + service.host()).orElse(id);
    }

    private static String noun(ServiceType type) {
        return switch (type) {
            case WEB -> "web server";
            case APP -> "application server";
            case DB -> "database";
        };
    }

    private Listener listenerAt(String path) {
        return descriptor.loadBalancers().stream().flatMap(lb -> lb.listeners().stream())
                .filter(listener -> listener.path().equals(path)).findFirst()
                .or(() -> descriptor.services().stream().flatMap(service -> service.listeners().stream())
                        .filter(listener -> listener.path().equals(path)).findFirst())
                .orElseThrow();
    }

    private static String listener(Listener listener) {
        if (listener.redirectToHttps()) {
            return listener.port() + " (redirects to https)";
        }
        String certificate = listener.certificate() == null ? "" : ", certificate " + listener.certificate();
        return listener.port() + " (" + protocol(listener.protocol()) + certificate + ")";
    }

    private Optional<DesignStatement> tiers(EntryPoint entry) {
        List<RequestTier> tiers = facts(RequestTier.class).stream().filter(t -> t.entry().equals(entry.name()))
                .toList();
        Optional<RequestTier> web = tiers.stream().filter(t -> t.tier().equals("web")).findFirst();
        Optional<RequestTier> app = tiers.stream().filter(t -> t.tier().equals("app")).findFirst();
        if (web.isEmpty() && app.isEmpty()) {
            return Optional.empty();
        }
        List<Hop> toApp = facts(Hop.class).stream()
                .filter(hop -> hop.entry().equals(entry.name()) && web.map(t -> t.hosts().contains(hop.from()))
                        .orElse(false))
                .toList();
        String path = toApp.isEmpty() ? firstService(web.or(() -> app).orElseThrow().hosts()) : toApp.get(0).path();
        if (web.isEmpty()) {
            return Optional.of(say(path, "The app tier (" + Words.list(app.get().hosts())
                    + ") answers the requests itself."));
        }
        String webTier = "The web tier (" + Words.list(web.get().hosts()) + ")";
        if (app.isEmpty()) {
            return Optional.of(say(path, webTier + " answers the requests; no app tier stands behind it."));
        }
        boolean local = toApp.stream().allMatch(hop -> hop.encryption() == Encryption.LOCAL);
        String how = local ? ", each web server to the application server on its own host"
                : " over " + Words.list(toApp.stream()
                .map(hop -> hop.encryption() == Encryption.TLS ? "TLS" : "plain HTTP").distinct().toList());
        return Optional.of(say(path, webTier + " passes dynamic requests to the app tier ("
                + Words.list(app.get().hosts()) + ")" + how + "."));
    }

    private String firstService(List<String> hosts) {
        return descriptor.host(hosts.get(0)).map(host -> host.services().isEmpty() ? host.path()
                : host.services().get(0).path()).orElseThrow();
    }

    private DesignStatement cuts(EntryPoint entry) {
        List<String> hosts = facts(PathCut.class).stream().filter(cut -> cut.entry().equals(entry.name()))
                .map(PathCut::host).toList();
        if (hosts.isEmpty()) {
            return say(entry.path(), "No single host carries every request for " + entry.name()
                    + ": each has a second on another path.");
        }
        return say(entry.path(), "Every request for " + entry.name() + " passes through " + Words.list(hosts)
                + (hosts.size() == 1 ? ", a single point of failure." : ", each a single point of failure."));
    }

    // What each element is for

    private List<DesignStatement> elements() {
        List<DesignStatement> statements = new ArrayList<>();
        List<Host> hosts = descriptor.hosts();
        if (!hosts.isEmpty()) {
            boolean one = hosts.size() == 1;
            statements.add(say(hosts.get(0).path(), (one ? "The server is " : "The servers are ")
                    + Words.list(hosts.stream().map(Host::id).toList())
                    + (one ? ": the machine that runs" : ": the machines that run")
                    + " the services below for the site's clients."));
        }
        boolean appTier = descriptor.services().stream().anyMatch(service -> service.type() == ServiceType.APP);
        serviceRole(ServiceType.WEB, appTier ? "accept{s} HTTP requests, serve{s} static files and pass{es} dynamic"
                + " requests to the application server" : "accept{s} HTTP requests and serve{s} static files")
                .ifPresent(statements::add);
        serviceRole(ServiceType.APP, "run{s} the code base and build{s} the dynamic responses")
                .ifPresent(statements::add);
        serviceRole(ServiceType.DB, "store{s} the site's data").ifPresent(statements::add);
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            String runsOn = lb.redundancy() == Redundancy.MANAGED ? "a managed service"
                    : Words.list(lb.nodes());
            String software = lb.software() == null ? "" : lb.software() + " on ";
            statements.add(say(lb.path(), "Load balancer " + lb.id() + " (" + software + runsOn
                    + ") spreads requests over " + Words.list(lb.pool().servers().stream().map(PoolServer::host)
                    .toList()) + " and stops sending them to a server that fails."));
        }
        descriptor.firewalls().forEach(firewall -> statements.add(firewall(firewall)));
        statements.addAll(tls());
        for (MonitoringAgent agent : descriptor.monitoringAgents()) {
            String what = agent.collects().isEmpty() ? " sends what its configuration collects"
                    : " collects " + Words.list(agent.collects()) + " and sends them";
            statements.add(say(agent.path(), "Monitoring agent " + agent.agent() + " on " + agent.host() + what
                    + " to the monitoring service, which alerts on anomalies."));
        }
        requestRate().ifPresent(statements::add);
        for (ExternalCheck check : descriptor.externalChecks()) {
            statements.add(say(check.path(), "External check " + check.id() + " probes " + check.target()
                    + " (" + check.type() + ") from outside, as a client would."));
        }
        return statements;
    }

    /**
     * What the services of one type are for.
     *
     * @param purpose the verbs with their third-person ending in braces, e.g. {@code pass{es}}
     */
    /** How the agents on the web servers give the web tier's request rate, which the ALX design asks about. */
    private Optional<DesignStatement> requestRate() {
        Set<String> webHosts = new LinkedHashSet<>();
        descriptor.services().stream().filter(service -> service.type() == ServiceType.WEB)
                .forEach(service -> webHosts.add(service.host()));
        List<MonitoringAgent> agents = descriptor.monitoringAgents().stream()
                .filter(agent -> webHosts.contains(agent.host())).toList();
        if (agents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(say(agents.get(0).path(), "The web tier's queries per second (QPS) come from the agents on "
                + Words.list(agents.stream().map(MonitoringAgent::host).toList()) + ": each reads its server's "
                + "request counter (Nginx's stub_status) or counts access-log lines, and the rate per second, per "
                + "server and summed, is charted and alerted on."));
    }

    private Optional<DesignStatement> serviceRole(ServiceType type, String purpose) {
        List<Service> services = descriptor.services().stream().filter(service -> service.type() == type).toList();
        if (services.isEmpty()) {
            return Optional.empty();
        }
        Set<String> software = new LinkedHashSet<>();
        services.stream().map(Service::software).filter(Objects::nonNull).forEach(software::add);
        String hosts = Words.list(services.stream().map(Service::host).distinct().toList());
        boolean one = services.size() == 1;
        String subject = noun(type) + (one ? " on " : "s on ");
        String verbs = purpose.replaceAll("\\{(\\w+)}", one ? "$1" : "");
        String named = software.isEmpty() ? "" : " (" + String.join(", ", software) + ")";
        String sentence = subject + hosts + named + " " + verbs + ".";
        return Optional.of(say(services.get(0).path(), Character.toUpperCase(sentence.charAt(0))
                + sentence.substring(1)));
    }

    private DesignStatement firewall(Firewall firewall) {
        String kind = switch (firewall.type()) {
            case HOST -> "a host firewall on ";
            case NETWORK -> "a network firewall in front of ";
            case SECURITY_GROUP -> "a security group on ";
        };
        String admits = firewall.inbound().isEmpty() ? "lets nothing in"
                : "lets in " + Words.list(firewall.inbound().stream().map(DesignNarrator::inbound).toList())
                + ", and drops everything else";
        return say(firewall.path(), "Firewall " + firewall.id() + ", " + kind + Words.list(firewall.protects())
                + ", " + admits + ".");
    }

    private static String inbound(InboundRule rule) {
        String what;
        if (rule.ports().isEmpty()) {
            what = rule.protocol().equals("tcp") || rule.protocol().equals("udp")
                    ? "every " + rule.protocol().toUpperCase(Locale.ROOT) + " port" : rule.protocol();
        } else {
            what = Words.list(rule.ports().stream().map(port -> port + "/" + rule.protocol()).toList());
        }
        List<String> sources = rule.from().stream()
                .map(source -> InboundRule.ANY_SOURCES.contains(source) ? "anywhere" : source).toList();
        return what + " from " + String.join(" or ", sources);
    }

    private List<DesignStatement> tls() {
        List<DesignStatement> statements = new ArrayList<>();
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            List<Hop> hops = facts(Hop.class).stream().filter(hop -> hop.from().equals(lb.id())).toList();
            String backends = Words.list(lb.pool().servers().stream().map(PoolServer::host).toList());
            for (Listener listener : lb.listeners()) {
                if (listener.terminatesTls()) {
                    statements.add(say(listener.path(), certificate(listener) + " on " + lb.id() + " (port "
                            + listener.port() + ") encrypts the traffic from clients and proves the site's identity;"
                            + " TLS ends at " + lb.id() + ", which " + afterTermination(hops, backends) + "."));
                } else if (listener.protocol() == Protocol.TCP && lb.pool().protocol() == Protocol.HTTPS) {
                    statements.add(say(listener.path(), lb.id() + " passes the TLS of port " + listener.port()
                            + " through unread; " + backends + " terminate it."));
                } else if (listener.redirectToHttps()) {
                    statements.add(say(listener.path(), "Port " + listener.port() + " of " + lb.id()
                            + " only redirects clients to https."));
                }
            }
        }
        for (Service service : descriptor.services()) {
            for (Listener listener : service.listeners()) {
                if (listener.terminatesTls()) {
                    statements.add(say(listener.path(), certificate(listener) + " on " + service.host() + " (port "
                            + listener.port() + "): TLS ends on " + service.host() + "."));
                }
            }
        }
        if (statements.isEmpty()) {
            facts(EntryListener.class).stream().findFirst().ifPresent(listener -> statements.add(say(
                    listener.path(), "No listener uses TLS: requests and responses cross the network in plaintext.")));
        }
        return statements;
    }

    private static String certificate(Listener listener) {
        return listener.certificate() == null ? "A TLS certificate" : "The certificate for " + listener.certificate();
    }

    private static String afterTermination(List<Hop> hops, String backends) {
        if (hops.stream().anyMatch(hop -> hop.encryption() == Encryption.PLAINTEXT_AFTER_TERMINATION)) {
            return "forwards to " + backends + " in plaintext";
        }
        return "opens new TLS to " + backends;
    }

    // Load balancing

    private List<DesignStatement> loadBalancing() {
        List<DesignStatement> statements = new ArrayList<>();
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            List<String> servers = lb.pool().inRotation().stream().map(PoolServer::host).toList();
            String path = lb.algorithm() == null ? lb.path() : lb.path() + "/algorithm";
            String spreads = servers.size() == 1
                    ? " has one server in rotation, " + servers.get(0) + ", which takes every request whatever the "
                    + "algorithm" + (lb.algorithm() == null ? "" : " (" + lb.algorithm() + ")")
                    : " " + algorithm(lb.algorithm(), Words.list(servers));
            statements.add(say(path, lb.id() + spreads + "."));
            for (PoolServer server : lb.pool().servers()) {
                if (server.backup()) {
                    statements.add(say(server.path(), server.host() + " is a backup server: it takes requests only"
                            + " when no server in rotation is up."));
                }
            }
        }
        return statements;
    }

    private static String algorithm(String algorithm, String servers) {
        if (algorithm == null) {
            return "does not declare its algorithm; HAProxy and Nginx default to round robin over " + servers;
        }
        return switch (algorithm) {
            case "round-robin" -> "uses round robin: each new request goes to the next of " + servers
                    + " in turn, whatever their load, which suits servers of equal capacity";
            case "weighted-round-robin" -> "uses weighted round robin: " + servers
                    + " take requests in turn, each in proportion to its weight";
            case "least-connections" -> "uses least connections: each new request goes to whichever of " + servers
                    + " has the fewest open connections, which suits requests of uneven length";
            case "source-hash" -> "uses source hashing: the client's address picks one of " + servers
                    + ", so a client keeps reaching the same server while the pool is unchanged";
            case "uri-hash" -> "uses URI hashing: the requested path picks one of " + servers
                    + ", so each page is always served by the same server, which suits caches";
            case "random" -> "picks one of " + servers + " at random for each request";
            case "first" -> "fills the first of " + servers + " up to its connection limit before it uses the next";
            default -> "uses " + algorithm + " over " + servers;
        };
    }

    // Redundancy

    private List<DesignStatement> redundancy() {
        List<DesignStatement> statements = new ArrayList<>();
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            statements.add(say(lb.path() + "/nodes", loadBalancerTier(lb) + declared(lb.id())));
            Pool pool = lb.pool();
            statements.add(say(pool.path(), pool(lb, pool) + declared(pool.id())));
        }
        return statements;
    }

    private String loadBalancerTier(LoadBalancer lb) {
        if (lb.redundancy() == Redundancy.MANAGED) {
            return "The provider runs load balancer " + lb.id() + " on several nodes of its own: active-active, "
                    + "with no node of this design to fail.";
        }
        List<String> nodes = lb.nodes();
        if (nodes.size() >= 2 && lb.redundancy() == Redundancy.VRRP && lb.vip() != null) {
            return Words.list(nodes) + " are an active-passive pair: the node that holds virtual IP " + lb.vip()
                    + " serves, and the other takes the address over through VRRP when its heartbeats stop.";
        }
        List<String> published = nodes.stream().filter(this::publishedInDns).toList();
        if (published.size() >= 2) {
            boolean healthChecked = descriptor.dns().stream().anyMatch(DnsRecord::healthChecked);
            return Words.list(published) + " are all published in DNS: active-active, clients spread over them"
                    + (healthChecked ? ", and health checks withdraw a node that fails."
                    : ", but nothing withdraws a node that fails, so its share of clients gets errors.");
        }
        if (nodes.size() >= 2) {
            return "Load balancer " + lb.id() + " has " + nodes.size() + " nodes, but clients can reach "
                    + (published.isEmpty() ? "none of them" : "only " + published.get(0))
                    + ": no virtual IP, no DNS record for the others, so the tier is neither active-active nor "
                    + "active-passive.";
        }
        return "Load balancer " + lb.id() + " has one node" + (nodes.isEmpty() ? "" : ", " + nodes.get(0))
                + ": it is neither active-active nor active-passive, and nothing takes over when it fails.";
    }

    private boolean publishedInDns(String node) {
        Optional<Host> host = descriptor.host(node);
        return host.isPresent() && descriptor.dns().stream().flatMap(record -> record.values().stream())
                .anyMatch(host.get()::hasAddress);
    }

    private static String pool(LoadBalancer lb, Pool pool) {
        List<String> rotation = pool.inRotation().stream().map(PoolServer::host).toList();
        List<String> backups = pool.servers().stream().filter(PoolServer::backup).map(PoolServer::host).toList();
        String subject = "The pool of " + lb.id();
        if (rotation.size() >= 2) {
            String also = backups.isEmpty() ? "" : ", with " + Words.list(backups) + " in reserve";
            return subject + " is active-active: " + Words.list(rotation) + (rotation.size() == 2 ? " both" : " all")
                    + " take requests at once, and the rest carry the load when one fails" + also + ".";
        }
        if (rotation.size() == 1 && !backups.isEmpty()) {
            return subject + " is active-passive: " + rotation.get(0) + " takes every request, and "
                    + Words.list(backups) + " take" + (backups.size() == 1 ? "s" : "") + " over when it fails.";
        }
        return subject + " has one server" + (rotation.isEmpty() ? "" : ", " + rotation.get(0))
                + ": it is neither active-active nor active-passive.";
    }

    private String declared(String tier) {
        return facts(TierMode.class).stream().filter(mode -> mode.tier().equals(tier)).findFirst()
                .map(mode -> " The descriptor declares " + mode.declared().label()
                        + (mode.declaredModeRealisable() ? ", which this topology provides."
                        : ", which this topology cannot provide: " + mode.reality() + "."))
                .orElse("");
    }

    // Database

    private List<DesignStatement> databases() {
        List<DesignStatement> statements = new ArrayList<>();
        for (DatabaseCluster cluster : facts(DatabaseCluster.class)) {
            statements.add(say(cluster.path(), members(cluster)));
            statements.add(say(cluster.path(), failover(cluster)));
        }
        for (Service app : descriptor.services()) {
            if (app.type() == ServiceType.APP && (app.writesTo() != null || !app.readsFrom().isEmpty())) {
                String path = app.writesTo() != null ? app.path() + "/writes_to" : app.path() + "/reads_from";
                statements.add(say(path, applicationPaths(app)));
            }
        }
        return statements;
    }

    private String members(DatabaseCluster cluster) {
        List<DatabaseMember> primaries = cluster.primaries();
        String name = "database " + cluster.id() + (cluster.engine() == null ? "" : " (" + cluster.engine() + ")");
        if (cluster.members().size() == 1 && primaries.size() == 1) {
            return "The " + name + " is a single node on " + primaries.get(0).host()
                    + ": it takes every read and write.";
        }
        List<String> parts = new ArrayList<>();
        if (primaries.isEmpty()) {
            parts.add("no member is a primary, so nothing can take writes");
        } else {
            parts.add(Words.list(primaries.stream().map(DatabaseMember::host).toList())
                    + (primaries.size() == 1 ? " is the primary, which takes every write and streams its changes to "
                    + "the replicas" : " are all primaries, each taking writes"));
        }
        for (DatabaseMember member : cluster.members()) {
            ReplicaSource source = replicaSources.get(member.path());
            if (source != null) {
                parts.add(replica(member, source));
            }
        }
        return "In " + name + ", " + String.join("; ", parts) + ".";
    }

    private static String replica(DatabaseMember member, ReplicaSource source) {
        String state = member.readOnly() == null ? "not declared read-only"
                : member.readOnly() ? "read-only" : "writable";
        // A member that names no source copies the cluster's primary, as the chain shows.
        String[] chain = source.chain().split(" -> ");
        String origin = member.replicatesFrom() != null ? member.replicatesFrom() : chain.length > 1 ? chain[1] : null;
        String from = origin == null ? " is a replica with no source" : " replicates " + origin;
        String broken = source.reachesPrimary() ? "" : ", and its chain (" + source.chain() + ") reaches no primary";
        return member.host() + from + ", serves reads and is " + state + broken;
    }

    private static String failover(DatabaseCluster cluster) {
        List<DatabaseMember> primaries = cluster.primaries();
        String primary = primaries.isEmpty() ? "the writer" : Words.list(primaries.stream()
                .map(DatabaseMember::host).toList());
        List<String> replicas = cluster.members().stream().filter(member -> member.role() == DatabaseRole.REPLICA)
                .map(DatabaseMember::host).toList();
        if (cluster.promotesAutomatically()) {
            return cluster.failover() == Failover.MANAGED
                    ? "If " + primary + " fails, the provider promotes a standby and moves the writer endpoint to it:"
                    + " writes pause for the failover only."
                    : "If " + primary + " fails, the " + cluster.members().size() + " members elect a new primary "
                    + "and the writer endpoint follows it: writes pause for the election only.";
        }
        String why = cluster.failover() == Failover.AUTOMATIC
                ? "automatic failover is declared, but " + cluster.members().size() + " members cannot keep a "
                + "majority when one fails, so "
                : "";
        if (replicas.isEmpty()) {
            return "If " + primary + " fails, " + why + "the data is out of reach until it is repaired or restored.";
        }
        return "If " + primary + " fails, " + why + "writes fail until an operator promotes "
                + Words.list(replicas) + " by hand; reads from " + Words.list(replicas) + " go on.";
    }

    private String applicationPaths(Service app) {
        List<String> parts = new ArrayList<>();
        if (app.writesTo() != null) {
            facts(WritePath.class).stream().filter(write -> write.app().equals(app.id())).findFirst()
                    .ifPresent(write -> parts.add("writes to " + writeTarget(write)));
        }
        if (!app.readsFrom().isEmpty()) {
            parts.add("reads from " + Words.list(app.readsFrom().stream().map(this::readSource).toList()));
        }
        return "The application on " + app.host() + " " + String.join(" and ", parts) + ".";
    }

    private String writeTarget(WritePath write) {
        if (write.cluster() == null) {
            return write.endpoint() + " (outside this design)";
        }
        DatabaseCluster cluster = facts(DatabaseCluster.class).stream()
                .filter(c -> c.id().equals(write.cluster())).findFirst().orElseThrow();
        if (cluster.members().size() == 1) {
            return cluster.members().get(0).host() + " (the only node)";
        }
        if (write.role() == null) {
            return "the writer endpoint of " + write.cluster() + " (which follows the primary)";
        }
        return write.host() + (write.role() == DatabaseRole.PRIMARY ? " (the primary)"
                : " (a replica, where writes do not belong)");
    }

    private String readSource(String endpoint) {
        Optional<Host> host = descriptor.hostNamed(endpoint);
        Optional<DatabaseCluster> cluster = host.flatMap(h -> facts(DatabaseCluster.class).stream()
                .filter(c -> c.members().stream().anyMatch(m -> m.host().equals(h.id()))).findFirst());
        if (cluster.isEmpty()) {
            return endpoint;
        }
        DatabaseMember member = cluster.get().members().stream().filter(m -> m.host().equals(host.get().id()))
                .findFirst().orElseThrow();
        if (cluster.get().members().size() == 1) {
            return member.host() + " (the only node)";
        }
        return member.role() == DatabaseRole.PRIMARY ? member.host() + " (the primary)"
                : member.host() + " (a replica, which can lag behind the latest writes)";
    }

    private static String article(String word) {
        return "AEFHILMNORSX".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private static String protocol(Protocol protocol) {
        return protocol.name().toLowerCase(Locale.ROOT);
    }
}
