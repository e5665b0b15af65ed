package dev.topolint.model;

import java.util.List;

/** A monitoring agent or collector installed on a host. */
public record MonitoringAgent(String path, String host, String agent, List<String> collects) {
    public MonitoringAgent {
        collects = List.copyOf(collects);
    }
}
