package dev.topolint.model;

import java.util.List;

/** A firewall and the hosts behind it. A host firewall protects exactly its own host. */
public record Firewall(String path, String id, FirewallType type, List<String> protects, List<InboundRule> inbound) {
    public Firewall {
        protects = List.copyOf(protects);
        inbound = List.copyOf(inbound);
    }
}
