package dev.topolint.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.DescriptorException;
import dev.topolint.facts.TopologyFacts;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.internal.load.LoadedDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements the samples' summaries do not reach: each branch of the design's wording, told from facts. */
class DesignNarratorTest {

    private static List<String> section(String title, String text) throws DescriptorException {
        LoadedDescriptor loaded = new DescriptorLoader().load("d.yaml", text);
        DesignSummary summary = DesignNarrator.summarise(loaded.descriptor(),
                TopologyFacts.derive(loaded.descriptor()), loaded.sourceMap()::regionOf);
        return summary.sections().stream().filter(section -> section.title().equals(title)).findFirst()
                .map(section -> section.statements().stream().map(DesignStatement::text).toList())
                .orElse(List.of());
    }

    private static final String POOL_WITH_BACKUP = """
            topolint: 1
            dns: [{name: www.example.com, type: CNAME, values: [lb.cloud.example]}]
            load_balancers:
              - id: alb
                redundancy: managed
                algorithm: least-connections
                listeners: [{port: 443, protocol: https}]
                pool:
                  port: 80
                  ha_mode: active-passive
                  servers: [web-01, {host: web-02, backup: true}]
            hosts:
              - {id: web-01, services: [{type: web}]}
              - {id: web-02, services: [{type: web}]}
            """;

    @Test
    void aBackupServerMakesThePoolActivePassiveAndAManagedTierHasNoNodeToFail() throws DescriptorException {
        assertEquals(List.of(
                "The provider runs load balancer alb on several nodes of its own: active-active, with no node of "
                        + "this design to fail.",
                "The pool of alb is active-passive: web-01 takes every request, and web-02 takes over when it "
                        + "fails. The descriptor declares active-passive, which this topology provides."),
                section("Redundancy", POOL_WITH_BACKUP));
    }

    @Test
    void theAlgorithmIsExplainedOverTheServersInRotationAndABackupIsNamed() throws DescriptorException {
        assertEquals(List.of(
                "alb has one server in rotation, web-01, which takes every request whatever the algorithm "
                        + "(least-connections).",
                "web-02 is a backup server: it takes requests only when no server in rotation is up."),
                section("Load balancing", POOL_WITH_BACKUP));
    }

    @Test
    void leastConnectionsIsExplainedInWords() throws DescriptorException {
        String text = POOL_WITH_BACKUP.replace("{host: web-02, backup: true}", "web-02");
        assertEquals(List.of("alb uses least connections: each new request goes to whichever of web-01 and web-02 "
                + "has the fewest open connections, which suits requests of uneven length."),
                section("Load balancing", text));
    }

    @Test
    void aTierDeclaredActivePassiveWithOneNodeIsSaidToBeImpossible() throws DescriptorException {
        String text = """
                topolint: 1
                dns: [{name: www.example.com, type: A, values: [203.0.113.1]}]
                load_balancers:
                  - {id: lb, nodes: [lb-01], ha_mode: active-passive, listeners: [{port: 80}],
                     pool: {port: 80, servers: [web-01, web-02]}}
                hosts:
                  - {id: lb-01, public_ip: 203.0.113.1}
                  - {id: web-01, services: [{type: web}]}
                  - {id: web-02, services: [{type: web}]}
                """;
        assertEquals("Load balancer lb has one node, lb-01: it is neither active-active nor active-passive, and "
                + "nothing takes over when it fails. The descriptor declares active-passive, which this topology "
                + "cannot provide: it has one node.", section("Redundancy", text).get(0));
    }

    @Test
    void twoMembersCannotElectAndAnApplicationWritingToAReplicaIsTold() throws DescriptorException {
        String text = """
                topolint: 1
                hosts:
                  - {id: app-01, services: [{type: app, writes_to: db-02, reads_from: [db-02]}]}
                  - {id: db-01, services: [{type: db}]}
                  - {id: db-02, services: [{type: db}]}
                databases:
                  - id: pg
                    engine: postgresql
                    failover: automatic
                    members:
                      - {host: db-01, role: primary}
                      - {host: db-02, role: replica, replicates_from: db-01}
                """;
        assertEquals(List.of(
                "In database pg (postgresql), db-01 is the primary, which takes every write and streams its changes "
                        + "to the replicas; db-02 replicates db-01, serves reads and is not declared read-only.",
                "If db-01 fails, automatic failover is declared, but 2 members cannot keep a majority when one fails,"
                        + " so writes fail until an operator promotes db-02 by hand; reads from db-02 go on.",
                "The application on app-01 writes to db-02 (a replica, where writes do not belong) and reads from "
                        + "db-02 (a replica, which can lag behind the latest writes)."),
                section("Database", text));
    }

    @Test
    void aBrokenReplicationChainIsShown() throws DescriptorException {
        String text = """
                topolint: 1
                hosts:
                  - {id: db-02, services: [{type: db}]}
                  - {id: db-03, services: [{type: db}]}
                databases:
                  - id: mysql
                    members:
                      - {host: db-02, role: replica, replicates_from: "db-01:3306", read_only: true}
                      - {host: db-03, role: replica, replicates_from: db-02, read_only: false}
                """;
        assertEquals("In database mysql, no member is a primary, so nothing can take writes; db-02 replicates "
                + "db-01:3306, serves reads and is read-only, and its chain (db-02 -> db-01:3306) reaches no primary; db-03 "
                + "replicates db-02, serves reads and is writable, and its chain (db-03 -> db-02 -> db-01:3306) reaches "
                + "no primary.", section("Database", text).get(0));
    }

    @Test
    void aDesignWithNoEntryPointHasNoRequestPathSection() throws DescriptorException {
        assertEquals(List.of(), section("Request path", """
                topolint: 1
                hosts: [{id: web-01, services: [{type: web}]}]
                """));
    }
}
