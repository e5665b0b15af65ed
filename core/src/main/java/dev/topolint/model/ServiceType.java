package dev.topolint.model;

/** What a service on a host does. */
public enum ServiceType {
    /** A web server or reverse proxy (Nginx). */
    WEB,
    /** An application server running the code base. */
    APP,
    /** A database server. */
    DB
}
