package dev.topolint.model;

/** The failure domain of a host; any part may be {@code null}. */
public record Location(String region, String zone, String datacenter) {
}
