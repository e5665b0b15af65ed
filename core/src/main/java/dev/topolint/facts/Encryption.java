package dev.topolint.facts;

/** What protects a hop of the request path. */
public enum Encryption {
    /** TLS from the sender to a receiver that terminates it. */
    TLS,
    /** The load balancer ended the client's TLS and opens new TLS to the backend. */
    REENCRYPTED,
    /** The load balancer forwards the client's TLS unread; the backend terminates it. */
    PASSTHROUGH,
    /** The load balancer ended the client's TLS and forwards in plaintext. */
    PLAINTEXT_AFTER_TERMINATION,
    /** No TLS on this hop, and none before it. */
    PLAINTEXT,
    /** Both ends on one host: the traffic never crosses a network. */
    LOCAL
}
