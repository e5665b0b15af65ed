package dev.topolint.facts;

/**
 * One hop of an entry point's request path and what protects it.
 *
 * @param from the load balancer's id, or the web server's host id
 * @param to the host the hop reaches
 * @param path the declaration that decides the hop's protocol: the pool, or the web service
 */
public record Hop(String entry, String from, String to, String path, Encryption encryption) {
}
