package dev.topolint.facts;

/**
 * A host on every path from clients to the servers that answer an entry point: a cut vertex of the request
 * path, so the site behind the name is down when it fails, whatever the host is called.
 *
 * @param entry the DNS name
 * @param host the host's id
 * @param hostPath where the host is declared: the rules that report a cut report it there, without looking the host
 *                 up among all the hosts, which put every host of a large estate in each such rule's memory
 */
public record PathCut(String entry, String host, String hostPath) {
}
