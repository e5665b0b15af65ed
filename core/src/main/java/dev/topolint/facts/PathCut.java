package dev.topolint.facts;

/**
 * A host on every path from clients to the servers that answer an entry point: a cut vertex of the request
 * path, so the site behind the name is down when it fails, whatever the host is called.
 *
 * @param entry the DNS name
 * @param host the host's id
 */
public record PathCut(String entry, String host) {
}
