package dev.topolint.model;

import java.util.List;

/** A DNS record that clients resolve: one of the site's public entry points. */
public record DnsRecord(String path, String name, String type, List<String> values, boolean healthChecked) {
    public DnsRecord {
        values = List.copyOf(values);
    }
}
