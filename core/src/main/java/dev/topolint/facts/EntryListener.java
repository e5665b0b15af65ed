package dev.topolint.facts;

/**
 * A listener that clients of an entry point connect to: on a load balancer the name reaches, or on a
 * web or app service of a host the name points at directly (unless bound to loopback).
 *
 * @param entry the DNS name
 * @param owner the load balancer or service that declares the listener
 * @param encrypted whether the client's connection is TLS: terminated here, or passed through by a layer 4
 *                  listener to backends that speak https
 * @param redirectOnly whether the listener only redirects to https
 */
public record EntryListener(String entry, String owner, String path, int port, boolean encrypted,
                            boolean redirectOnly) {

    /** Whether the site's content is served over this listener in plaintext. */
    public boolean servesPlaintext() {
        return !encrypted && !redirectOnly;
    }
}
