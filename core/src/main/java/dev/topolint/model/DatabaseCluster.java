package dev.topolint.model;

import java.util.List;

/**
 * A database cluster. A database service outside every declared cluster is a cluster of its own,
 * with that service as its only primary, as far as the rules are concerned.
 */
public record DatabaseCluster(String path, String id, String engine, Failover failover,
                              List<DatabaseMember> members) {

    /** Members needed for a majority election to survive the loss of one member (2f + 1, f = 1). */
    public static final int ELECTION_QUORUM = 3;

    public DatabaseCluster {
        members = List.copyOf(members);
    }

    /** Members that accept writes. */
    public List<DatabaseMember> primaries() {
        return members.stream().filter(member -> member.role() == DatabaseRole.PRIMARY).toList();
    }

    /**
     * Whether losing the primary makes another member the writer without an operator: a managed failover,
     * or an automatic election among enough members to keep a majority.
     */
    public boolean promotesAutomatically() {
        return failover == Failover.MANAGED
                || failover == Failover.AUTOMATIC && members.size() >= ELECTION_QUORUM;
    }
}
