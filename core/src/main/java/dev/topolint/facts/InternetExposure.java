package dev.topolint.facts;

/**
 * Whether the internet can open a connection to one listener of a database service.
 *
 * @param host the id of the host the database runs on
 * @param service the database service's id
 * @param path the listener's declaration
 * @param reachable whether a connection from anywhere on the internet gets through
 * @param reason why, in words, e.g. {@code listens on 0.0.0.0:3306 of a host with public address 203.0.113.5,
 *               with no firewall}
 */
public record InternetExposure(String host, String service, String path, int port, boolean reachable,
                               String reason) {
}
