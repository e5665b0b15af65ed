package dev.topolint.model;

import java.util.List;

/**
 * A machine and what runs on it.
 *
 * @param publicIp the address reachable from the internet, or {@code null}
 * @param privateIp the address inside the network, or {@code null}
 * @param location the declared failure domain, or {@code null}
 */
public record Host(String path, String id, String publicIp, String privateIp, Location location,
                   List<Service> services) {
    public Host {
        services = List.copyOf(services);
    }

    /** Whether the host runs a service of this type. */
    public boolean runs(ServiceType type) {
        return services.stream().anyMatch(service -> service.type() == type);
    }

    /** Whether the address is one of this host's own. */
    public boolean hasAddress(String address) {
        return address.equals(publicIp) || address.equals(privateIp);
    }
}
