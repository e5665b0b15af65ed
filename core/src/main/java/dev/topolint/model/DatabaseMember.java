package dev.topolint.model;

/**
 * A member of a database cluster, identified by its host.
 *
 * @param replicatesFrom a replica's source: a member's host id or an address, or {@code null}
 * @param readOnly whether the member refuses writes, or {@code null} when not declared
 */
public record DatabaseMember(String path, String cluster, String host, DatabaseRole role, String replicatesFrom,
                             Boolean readOnly) {
}
