package dev.topolint.facts;

/**
 * Where a replica's changes come from, followed along the replication chain.
 *
 * @param replica the replica's host id
 * @param path the member's declaration
 * @param reachesPrimary whether the chain ends at a primary
 * @param chain the hosts and addresses the chain passes through, from the replica, e.g. {@code db-03 -> db-02 -> db-01:3306}
 */
public record ReplicaSource(String replica, String path, boolean reachesPrimary, String chain) {
}
