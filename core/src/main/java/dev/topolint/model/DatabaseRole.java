package dev.topolint.model;

/** The replication role of a database member. */
public enum DatabaseRole {
    /** Takes reads and writes and streams its changes to replicas. */
    PRIMARY,
    /** Applies a source's changes and serves reads. */
    REPLICA
}
