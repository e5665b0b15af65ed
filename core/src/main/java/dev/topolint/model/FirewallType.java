package dev.topolint.model;

/** Where a firewall sits. */
public enum FirewallType {
    /** Runs on the host it protects. */
    HOST,
    /** A separate device in front of the hosts. */
    NETWORK,
    /** A cloud provider's security group. */
    SECURITY_GROUP
}
