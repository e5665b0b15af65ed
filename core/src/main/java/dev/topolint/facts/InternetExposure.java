package dev.topolint.facts;

import dev.topolint.model.ServiceType;

/**
 * Whether the internet can open a connection to one listener of a service.
 *
 * @param host the id of the host the service runs on
 * @param service the service's id
 * @param type what the service is
 * @param path the listener's declaration
 * @param reachable whether a connection from anywhere on the internet gets through
 * @param reason why, in words, e.g. {@code listens on 0.0.0.0:3306 of a host with public address 203.0.113.5,
 *               with no firewall}
 */
public record InternetExposure(String host, String service, ServiceType type, String path, int port, boolean reachable,
                               String reason) {
}
