package dev.topolint.model;

import java.util.Locale;

/** A high-availability mode, as declared by a descriptor or as realised by a topology. */
public enum HaMode {
    /** Every node serves at once and shares the load. */
    ACTIVE_ACTIVE,
    /** One node serves; a standby takes over when it fails. */
    ACTIVE_PASSIVE,
    /** Several nodes with some way to fail over or spread traffic, either way. */
    CLUSTER;

    /** The spelling used in descriptors and reports, e.g. {@code active-passive}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
