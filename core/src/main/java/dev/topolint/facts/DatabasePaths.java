package dev.topolint.facts;

import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.DatabaseMember;
import dev.topolint.model.DatabaseRole;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves database endpoints: the write path of each application and the replication chain of each replica. */
final class DatabasePaths {

    private final ComponentIndex index;
    private final List<DatabaseCluster> clusters;
    private final Map<String, DatabaseCluster> clustersById = new HashMap<>();
    private final Map<String, DatabaseMember> membersByHost = new HashMap<>();

    DatabasePaths(ComponentIndex index, List<DatabaseCluster> clusters) {
        this.index = index;
        this.clusters = clusters;
        for (DatabaseCluster cluster : clusters) {
            clustersById.putIfAbsent(cluster.id(), cluster);
            cluster.members().forEach(member -> membersByHost.putIfAbsent(member.host(), member));
        }
    }

    List<WritePath> writePaths() {
        List<WritePath> paths = new ArrayList<>();
        for (Service app : index.descriptor().services()) {
            if (app.type() != ServiceType.APP || app.writesTo() == null) {
                continue;
            }
            String endpoint = app.writesTo();
            String path = app.path() + "/writes_to";
            Optional<DatabaseCluster> byId = Optional.ofNullable(clustersById.get(endpoint));
            Optional<DatabaseMember> member = byId.isPresent() ? Optional.empty() : member(endpoint);
            if (byId.isPresent()) {
                paths.add(new WritePath(app.id(), path, endpoint, null, byId.get().id(), null));
            } else if (member.isPresent()) {
                DatabaseMember target = member.get();
                paths.add(new WritePath(app.id(), path, endpoint, target.host(), target.cluster(), target.role()));
            } else {
                paths.add(new WritePath(app.id(), path, endpoint, null, null, null));
            }
        }
        return paths;
    }

    List<ReplicaSource> replicaSources() {
        List<ReplicaSource> sources = new ArrayList<>();
        for (DatabaseCluster cluster : clusters) {
            for (DatabaseMember member : cluster.members()) {
                if (member.role() == DatabaseRole.REPLICA) {
                    sources.add(follow(cluster, member));
                }
            }
        }
        return sources;
    }

    /** Follows replicates_from until a primary, a missing source, or a loop. */
    private ReplicaSource follow(DatabaseCluster cluster, DatabaseMember replica) {
        Set<String> chain = new LinkedHashSet<>();
        chain.add(replica.host());
        DatabaseMember current = replica;
        while (true) {
            Optional<DatabaseMember> source = source(cluster, current);
            if (source.isEmpty()) {
                if (current.replicatesFrom() != null) {
                    chain.add(current.replicatesFrom());
                }
                return new ReplicaSource(replica.host(), replica.path(), false, String.join(" -> ", chain));
            }
            DatabaseMember next = source.get();
            if (!chain.add(next.host())) {
                return new ReplicaSource(replica.host(), replica.path(), false,
                        String.join(" -> ", chain) + " -> " + next.host());
            }
            if (next.role() == DatabaseRole.PRIMARY) {
                return new ReplicaSource(replica.host(), replica.path(), true, String.join(" -> ", chain));
            }
            current = next;
        }
    }

    /**
     * A member's source: the member its {@code replicates_from} names, or, when it names none, the only primary of
     * its cluster (group replication and managed clusters do not name sources).
     */
    private Optional<DatabaseMember> source(DatabaseCluster cluster, DatabaseMember member) {
        if (member.replicatesFrom() != null) {
            return member(member.replicatesFrom());
        }
        List<DatabaseMember> primaries = cluster.primaries();
        return primaries.size() == 1 ? Optional.of(primaries.get(0)) : Optional.empty();
    }

    /** The database member an endpoint names: a host id, a db service id, or host:port of a declared host. */
    private Optional<DatabaseMember> member(String endpoint) {
        return index.hostNamed(endpoint).map(host -> membersByHost.get(host.id()));
    }
}
