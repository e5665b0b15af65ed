package dev.topolint.model;

import java.util.List;

/**
 * The backend pool a load balancer forwards to.
 *
 * @param haMode the declared mode of the pool, or {@code null}
 */
public record Pool(String path, String id, int port, Protocol protocol, boolean verify, HaMode haMode,
                   List<PoolServer> servers) {
    public Pool {
        servers = List.copyOf(servers);
    }

    /** Servers that take traffic while every server is healthy. */
    public List<PoolServer> inRotation() {
        return servers.stream().filter(server -> !server.backup()).toList();
    }
}
