package dev.topolint.model;

/** A member of a backend pool: a host, in rotation or as a {@code backup} standby. */
public record PoolServer(String path, String host, boolean backup) {
}
