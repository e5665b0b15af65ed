package dev.topolint.model;

/** How the load-balancer tier itself is made redundant, as the descriptor declares it. */
public enum Redundancy {
    /** One node, no mechanism. */
    SINGLE,
    /** A virtual IP that moves between nodes (keepalived). */
    VRRP,
    /** Each node published in DNS, withdrawn by health checks. */
    DNS,
    /** A provider's multi-zone load balancer. */
    MANAGED
}
