package dev.topolint.facts;

import dev.topolint.model.HaMode;
import java.util.Set;

/**
 * A tier whose HA mode the descriptor declares, and the modes its topology can really provide.
 *
 * @param tier the load balancer's id for its tier of nodes, or the pool's id for a backend pool
 * @param kind {@code load-balancer tier} or {@code backend pool}, for messages
 * @param path the {@code ha_mode} declaration
 * @param realisable the modes this topology can provide; empty when it provides none
 * @param reality what the topology is, in words, e.g. {@code one node and no failover mechanism}
 */
public record TierMode(String tier, String kind, String path, HaMode declared, Set<HaMode> realisable,
                       String reality) {
    public TierMode {
        realisable = Set.copyOf(realisable);
    }

    /** Whether the declared mode can happen in this topology. */
    public boolean declaredModeRealisable() {
        return realisable.contains(declared);
    }
}
