package dev.topolint.facts;

import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.DatabaseMember;
import dev.topolint.model.DatabaseRole;
import dev.topolint.model.Descriptor;
import dev.topolint.model.Failover;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns a descriptor into the facts the rules see: its records and what the graph analysis derives. */
public final class TopologyFacts {

    /** From this many entry points on, tracing their request paths is worth the threads of the common pool. */
    private static final int PARALLEL_ENTRIES = 64;

    private TopologyFacts() {
    }

    /** Every fact about one descriptor, in a fixed order. */
    public static List<Object> derive(Descriptor descriptor) {
        List<Object> facts = new ArrayList<>();
        facts.add(site(descriptor));
        facts.addAll(descriptor.dns());
        facts.addAll(descriptor.hosts());
        facts.addAll(descriptor.services());
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            facts.add(lb);
            facts.add(lb.pool());
        }
        List<DatabaseCluster> clusters = clusters(descriptor);
        for (DatabaseCluster cluster : clusters) {
            facts.add(cluster);
            facts.addAll(cluster.members());
        }
        ComponentIndex index = new ComponentIndex(descriptor);
        DatabasePaths databasePaths = new DatabasePaths(index, clusters);
        facts.addAll(databasePaths.writePaths());
        facts.addAll(databasePaths.replicaSources());
        facts.addAll(descriptor.firewalls());
        facts.addAll(InternetExposures.of(descriptor));
        facts.addAll(descriptor.monitoringAgents());
        facts.add(HostCoverage.of(descriptor));
        facts.addAll(descriptor.externalChecks());
        List<EntryPoint> entries = new EntryPoints(index).resolve();
        // Each entry's request path is traced on its own, from the index alone: a large estate's thousands of them
        // are traced in parallel, and their facts kept in the entries' order.
        Stream<EntryPoint> tracing = entries.size() >= PARALLEL_ENTRIES ? entries.parallelStream() : entries.stream();
        tracing.map(entry -> requestFacts(index, entry)).toList().forEach(facts::addAll);
        facts.addAll(TierModes.declared(index));
        facts.addAll(TierPlacements.of(index, clusters));
        return facts;
    }

    private static List<Object> requestFacts(ComponentIndex index, EntryPoint entry) {
        List<Object> facts = new ArrayList<>();
        facts.add(entry);
        facts.addAll(EntryPoints.listeners(index, entry));
        RequestPath path = new RequestPath(index, entry);
        facts.addAll(path.tiers());
        facts.addAll(path.cuts());
        facts.addAll(path.hops());
        return facts;
    }

    private static Site site(Descriptor descriptor) {
        if (!descriptor.dns().isEmpty()) {
            return new Site(descriptor.dns().get(0).name(), descriptor.dns().get(0).path());
        }
        if (descriptor.name() != null) {
            return new Site(descriptor.name(), "/name");
        }
        return new Site(descriptor.file().substring(descriptor.file().lastIndexOf('/') + 1), "/topolint");
    }

    /**
     * The declared clusters, plus one cluster for each database service outside them: a lone database is its
     * own primary with nobody to take over.
     */
    static List<DatabaseCluster> clusters(Descriptor descriptor) {
        List<DatabaseCluster> clusters = new ArrayList<>(descriptor.databases());
        Set<String> clustered = descriptor.databases().stream().flatMap(cluster -> cluster.members().stream())
                .map(DatabaseMember::host).collect(Collectors.toSet());
        for (Service service : descriptor.services()) {
            if (service.type() == ServiceType.DB && !clustered.contains(service.host())) {
                clusters.add(new DatabaseCluster(service.path(), service.id(), service.software(), Failover.NONE,
                        List.of(new DatabaseMember(service.path(), service.id(), service.host(), DatabaseRole.PRIMARY,
                                null, null))));
            }
        }
        return clusters;
    }
}
