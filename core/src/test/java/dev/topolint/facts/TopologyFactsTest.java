package dev.topolint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.topolint.DescriptorException;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.HaMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopologyFactsTest {

    private static final DescriptorLoader LOADER = new DescriptorLoader();

    private static List<Object> facts(String text) throws DescriptorException {
        return TopologyFacts.derive(LOADER.load("d.yaml", text).descriptor());
    }

    private static <T> List<T> only(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static final String VRRP_PAIR = """
            topolint: 1
            dns:
              - {name: www.example.com, type: A, values: [203.0.113.1]}
              - {name: example.com, type: ALIAS, values: [www.example.com]}
            load_balancers:
              - id: lb
                nodes: [lb-01, lb-02]
                redundancy: vrrp
                vip: 203.0.113.1
                ha_mode: active-passive
                listeners:
                  - {port: 443, protocol: https, certificate: www.example.com}
                  - {port: 80, redirect_to_https: true}
                pool: {port: 443, protocol: https, ha_mode: active-active, servers: [web-01, web-02]}
            hosts:
              - {id: lb-01, public_ip: 203.0.113.2}
              - {id: lb-02, public_ip: 203.0.113.3}
              - {id: web-01}
              - {id: web-02}
            """;

    @Test
    void aVirtualIpHeldByVrrpReachesEveryNode() throws DescriptorException {
        EntryPoint www = only(facts(VRRP_PAIR), EntryPoint.class).get(0);

        assertEquals("www.example.com", www.name());
        assertEquals(List.of("lb"), www.loadBalancers());
        assertEquals(List.of("lb-01", "lb-02"), www.loadBalancerNodes());
        assertEquals(List.of(), www.directHosts());
    }

    @Test
    void anAliasIsFollowedToTheRecordItNames() throws DescriptorException {
        EntryPoint apex = only(facts(VRRP_PAIR), EntryPoint.class).get(1);

        assertEquals("example.com", apex.name());
        assertEquals(List.of("lb-01", "lb-02"), apex.loadBalancerNodes());
    }

    @Test
    void aNodesOwnAddressReachesOnlyThatNode() throws DescriptorException {
        EntryPoint www = only(facts(VRRP_PAIR.replace("values: [203.0.113.1]", "values: [203.0.113.2]")),
                EntryPoint.class).get(0);

        assertEquals(List.of("lb-01"), www.loadBalancerNodes());
    }

    @Test
    void aVirtualIpWithoutVrrpStaysOnItsFirstNode() throws DescriptorException {
        EntryPoint www = only(facts(VRRP_PAIR.replace("redundancy: vrrp", "redundancy: single")),
                EntryPoint.class).get(0);

        assertEquals(List.of("lb-01"), www.loadBalancerNodes());
    }

    @Test
    void listenersAtTheEntryPointKnowWhetherTheyEncryptOrOnlyRedirect() throws DescriptorException {
        List<EntryListener> listeners = only(facts(VRRP_PAIR), EntryListener.class).stream()
                .filter(listener -> listener.entry().equals("www.example.com")).toList();

        assertEquals(2, listeners.size());
        assertTrue(listeners.get(0).encrypted());
        assertFalse(listeners.get(1).servesPlaintext(), "a redirect serves no content");
    }

    @Test
    void aVrrpPairRealisesActivePassiveButNotActiveActive() throws DescriptorException {
        TierMode tier = only(facts(VRRP_PAIR), TierMode.class).get(0);

        assertEquals("lb", tier.tier());
        assertEquals(Set.of(HaMode.ACTIVE_PASSIVE, HaMode.CLUSTER), tier.realisable());
        assertTrue(tier.declaredModeRealisable());
        assertTrue(only(facts(VRRP_PAIR.replace("ha_mode: active-passive", "ha_mode: active-active")),
                TierMode.class).stream().noneMatch(mode -> mode.tier().equals("lb") && mode.declaredModeRealisable()));
    }

    @Test
    void aPoolWithABackupRealisesActivePassive() throws DescriptorException {
        String text = VRRP_PAIR.replace("servers: [web-01, web-02]", "servers: [web-01, {host: web-02, backup: true}]");
        TierMode pool = only(facts(text), TierMode.class).get(1);

        assertEquals("lb.pool", pool.tier());
        assertEquals(Set.of(HaMode.ACTIVE_PASSIVE, HaMode.CLUSTER), pool.realisable());
        assertFalse(pool.declaredModeRealisable(), "declared active-active");
    }

    @Test
    void aLoneDatabaseIsAClusterOfItsOwnWithNobodyToTakeOver() throws DescriptorException {
        List<DatabaseCluster> clusters = only(facts("""
                topolint: 1
                hosts:
                  - {id: db-01, services: [{type: db, software: mysql}]}
                """), DatabaseCluster.class);

        assertEquals(1, clusters.size());
        assertEquals("db@db-01", clusters.get(0).id());
        assertEquals(1, clusters.get(0).primaries().size());
        assertFalse(clusters.get(0).promotesAutomatically());
    }

    @Test
    void theSiteIsNamedByTheFirstRecordElseTheDescriptorsName() throws DescriptorException {
        assertEquals(new Site("www.example.com", "/dns/0"), only(facts(VRRP_PAIR), Site.class).get(0));
        assertEquals(new Site("intranet", "/name"),
                only(facts("topolint: 1\nname: intranet\nhosts: [{id: a}]\n"), Site.class).get(0));
    }

    @Test
    void aTiersPlacementHasItsDistinctHostsAndTheirLocations() throws DescriptorException {
        List<TierPlacement> placements = only(facts(VRRP_PAIR
                .replace("servers: [web-01, web-02]", "servers: [web-02, web-01, web-01]")
                .replace("{id: lb-01, public_ip: 203.0.113.2}",
                        "{id: lb-01, public_ip: 203.0.113.2, location: {zone: a}}")
                .replace("{id: lb-02, public_ip: 203.0.113.3}",
                        "{id: lb-02, public_ip: 203.0.113.3, location: {zone: a}}")
                .replace("{id: web-01}", "{id: web-01, location: {zone: a}}")
                .replace("{id: web-02}", "{id: web-02, location: {zone: b}}")), TierPlacement.class);

        assertEquals(2, placements.size());
        TierPlacement nodes = placements.get(0);
        assertEquals(List.of("lb", "load-balancer tier", "/load_balancers/0"),
                List.of(nodes.tier(), nodes.kind(), nodes.path()));
        assertEquals(List.of("lb-01", "lb-02"), nodes.hosts());
        assertEquals(1, nodes.locations().size());
        assertFalse(nodes.undeclared());
        TierPlacement pool = placements.get(1);
        assertEquals(List.of("lb.pool", "backend pool", "/load_balancers/0/pool"),
                List.of(pool.tier(), pool.kind(), pool.path()));
        assertEquals(List.of("web-01", "web-02"), pool.hosts());
        assertEquals(2, pool.locations().size());
        assertFalse(pool.undeclared());
    }

    @Test
    void aTierWithAHostOfNoLocationIsUndeclaredAndOneOfASingleHostIsNoTier() throws DescriptorException {
        List<TierPlacement> placements = only(facts(VRRP_PAIR
                .replace("servers: [web-01, web-02]", "servers: [web-01, web-01]")), TierPlacement.class);

        assertEquals(1, placements.size());
        assertEquals("load-balancer tier", placements.get(0).kind());
        assertTrue(placements.get(0).undeclared());
        assertEquals(Set.of(), placements.get(0).locations());
    }

    @Test
    void coverageListsTheProtectedAndTheMonitoredHosts() throws DescriptorException {
        HostCoverage coverage = only(facts(VRRP_PAIR
                .replace("{id: web-01}", "{id: web-01, firewall: {inbound: []}, monitoring: {agent: x}}")
                + """
                firewalls:
                  - {id: sg, type: security-group, protects: [web-02, lb-01], inbound: []}
                """), HostCoverage.class).get(0);

        assertEquals(Set.of("web-01", "web-02", "lb-01"), coverage.firewalled());
        assertEquals(Set.of("web-01"), coverage.monitored());
    }
}
