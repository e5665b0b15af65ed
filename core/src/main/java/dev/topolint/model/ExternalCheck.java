package dev.topolint.model;

/** A probe that watches the site from outside (an uptime or synthetic check). */
public record ExternalCheck(String path, String id, String type, String target) {
}
