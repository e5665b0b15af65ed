package dev.topolint.model;

import java.util.List;

/**
 * Traffic a firewall lets in.
 *
 * @param ports destination ports; empty means every port
 * @param from allowed sources: {@code any}, an address or CIDR block, or a component id
 */
public record InboundRule(String path, List<Integer> ports, String protocol, List<String> from) {
    public InboundRule {
        ports = List.copyOf(ports);
        from = List.copyOf(from);
    }
}
