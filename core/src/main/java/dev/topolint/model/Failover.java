package dev.topolint.model;

/** How a database cluster gets a new primary when its primary fails. */
public enum Failover {
    /** Nothing promotes a replica. */
    NONE,
    /** An operator promotes a replica by hand. */
    MANUAL,
    /** The members elect a new primary by majority, which takes at least three of them. */
    AUTOMATIC,
    /** A service outside the members promotes a standby and moves the writer endpoint. */
    MANAGED
}
