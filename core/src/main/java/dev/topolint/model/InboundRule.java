package dev.topolint.model;

import java.util.List;
import java.util.Set;

/**
 * Traffic a firewall lets in.
 *
 * @param ports destination ports; empty means every port
 * @param from allowed sources: {@code any}, an address or CIDR block, or a component id
 */
public record InboundRule(String path, List<Integer> ports, String protocol, List<String> from) {

    /** Sources that mean the whole internet. */
    public static final Set<String> ANY_SOURCES = Set.of("any", "internet", "0.0.0.0/0", "::/0");

    public InboundRule {
        ports = List.copyOf(ports);
        from = List.copyOf(from);
    }

    /** Whether the rule lets TCP connections to this port in from any address on the internet. */
    public boolean admitsAnyoneTo(int port) {
        return protocol.equals("tcp") && (ports.isEmpty() || ports.contains(port))
                && from.stream().anyMatch(ANY_SOURCES::contains);
    }
}
