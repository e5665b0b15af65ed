package dev.topolint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.topolint.Finding;
import dev.topolint.Linter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Guards every rule and every step of fact derivation against work that grows with the square of the estate. The
 * bound is far above a normal run (a few seconds on a loaded two-core machine): a join or a look-up that turns
 * quadratic takes minutes here, while noise never comes near.
 */
class LargeEstateTest {

    private static final Duration BLOW_UP = Duration.ofSeconds(30);

    @Test
    void tenThousandHostsAreCheckedWithoutBlowingUp() {
        String estate = SyntheticEstate.of(10_000);
        List<Finding> findings = assertTimeoutPreemptively(BLOW_UP,
                () -> Linter.withBuiltInRules().check("estate.yaml", estate));
        // 500 cells of 20 hosts, numbered 0 to 499; the defects of the estate are planted by cell number.
        Map<String, Long> expected = new TreeMap<>(Map.of(
                "spof-lb", 100L,              // every fifth cell (c % 5 == 4) has one load-balancer node
                "ha-mode-mismatch", 100L,     // ... which cannot be the active-passive pair it declares
                "monitoring-gap", 71L,        // c % 7 == 3: one worker without an agent
                "spof-db-writer", 55L,        // c % 9 == 5: manual failover
                "write-scaling-limit", 445L)); // every other cluster: automatic failover, one primary
        Map<String, Long> actual = findings.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        assertEquals(expected, actual);
    }
}
