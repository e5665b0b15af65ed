package dev.topolint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.DescriptorException;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.model.Descriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestPathTest {

    private static RequestPath path(String text) throws DescriptorException {
        Descriptor descriptor = new DescriptorLoader().load("d.yaml", text).descriptor();
        ComponentIndex index = new ComponentIndex(descriptor);
        return new RequestPath(index, new EntryPoints(index).resolve().get(0));
    }

    private static List<RequestTier> tiers(String text) throws DescriptorException {
        return path(text).tiers();
    }

    private static List<String> cuts(String text) throws DescriptorException {
        return path(text).cuts().stream().map(PathCut::host).toList();
    }

    @Test
    void aHostOnEveryPathIsACutWhateverItIsCalled() throws DescriptorException {
        assertEquals(List.of("gateway", "lb-01"), cuts("""
                topolint: 1
                dns: [{name: www.example.com, type: A, values: [203.0.113.1]}]
                load_balancers:
                  - {id: lb, nodes: [lb-01], listeners: [{port: 80}], pool: {port: 80, servers: [web-01, web-02]}}
                hosts:
                  - {id: lb-01, public_ip: 203.0.113.1}
                  - {id: web-01, services: [{type: web, proxies_to: [gateway]}]}
                  - {id: web-02, services: [{type: web, proxies_to: [gateway]}]}
                  - {id: gateway, services: [{type: app}]}
                """));
    }

    @Test
    void crossedRedundantTiersHaveNoCut() throws DescriptorException {
        assertEquals(List.of(), cuts("""
                topolint: 1
                dns: [{name: www.example.com, type: A, values: [203.0.113.1]}]
                load_balancers:
                  - id: lb
                    nodes: [lb-01, lb-02]
                    redundancy: vrrp
                    vip: 203.0.113.1
                    listeners: [{port: 80}]
                    pool: {port: 80, servers: [web-01, web-02]}
                hosts:
                  - {id: lb-01}
                  - {id: lb-02}
                  - {id: web-01, services: [{type: web, proxies_to: [app-01, app-02]}]}
                  - {id: web-02, services: [{type: web, proxies_to: [app-02]}]}
                  - {id: app-01, services: [{type: app}]}
                  - {id: app-02, services: [{type: app}]}
                """));
    }

    @Test
    void aServerThatAnswersItselfHasNoAppTierToCut() throws DescriptorException {
        assertEquals(List.of("server-01"), cuts("""
                topolint: 1
                dns: [{name: www.example.com, type: A, values: [203.0.113.1]}]
                hosts:
                  - {id: server-01, public_ip: 203.0.113.1, services: [{type: web}]}
                """));
    }

    @Test
    void aManagedLoadBalancerIsNotAHostThatCanFail() throws DescriptorException {
        assertEquals(List.of("web-01"), cuts("""
                topolint: 1
                dns: [{name: www.example.com, type: CNAME, values: [alb.example.net]}]
                load_balancers:
                  - {id: alb, redundancy: managed, vip: alb.example.net, listeners: [{port: 80}], pool: {port: 80, servers: [web-01]}}
                hosts:
                  - {id: web-01, services: [{type: web}]}
                """));
    }

    @Test
    void followsThePoolAndTheWebServersUpstreams() throws DescriptorException {
        assertEquals(List.of(
                new RequestTier("www.example.com", "web", List.of("web-01", "web-02")),
                new RequestTier("www.example.com", "app", List.of("app-01"))), tiers("""
                topolint: 1
                dns: [{name: www.example.com, type: A, values: [203.0.113.1]}]
                load_balancers:
                  - id: lb
                    nodes: [lb-01]
                    listeners: [{port: 80}]
                    pool: {port: 80, servers: [web-01, {host: web-02, backup: true}]}
                hosts:
                  - {id: lb-01, public_ip: 203.0.113.1}
                  - {id: web-01, services: [{type: web, proxies_to: [app@app-01]}]}
                  - {id: web-02, services: [{type: web, proxies_to: ["10.0.2.21:8000"]}]}
                  - {id: app-01, private_ip: 10.0.2.21, services: [{type: app}]}
                """));
    }

    @Test
    void aWebServerWithoutUpstreamsForwardsToTheAppOnItsHost() throws DescriptorException {
        assertEquals(List.of(
                new RequestTier("www.example.com", "web", List.of("server-01")),
                new RequestTier("www.example.com", "app", List.of("server-01"))), tiers("""
                topolint: 1
                dns: [{name: www.example.com, type: A, values: [203.0.113.1]}]
                hosts:
                  - {id: server-01, public_ip: 203.0.113.1, services: [{type: web}, {type: app}]}
                """));
    }

    @Test
    void aPoolOfAppServersIsTheAppTier() throws DescriptorException {
        assertEquals(List.of(new RequestTier("www.example.com", "app", List.of("app-01", "app-02"))), tiers("""
                topolint: 1
                dns: [{name: www.example.com, type: A, values: [203.0.113.1]}]
                load_balancers:
                  - {id: lb, nodes: [lb-01], listeners: [{port: 80}], pool: {port: 8000, servers: [app-01, app-02]}}
                hosts:
                  - {id: lb-01, public_ip: 203.0.113.1}
                  - {id: app-01, services: [{type: app}]}
                  - {id: app-02, services: [{type: app}]}
                """));
    }

    private static final String TLS_AT_THE_LOAD_BALANCER = """
            topolint: 1
            dns: [{name: www.example.com, type: A, values: [203.0.113.1]}]
            load_balancers:
              - id: lb
                nodes: [lb-01]
                listeners: [{port: 443, protocol: https, certificate: www.example.com}]
                pool: {port: 80, protocol: http, servers: [web-01]}
            hosts:
              - {id: lb-01, public_ip: 203.0.113.1}
              - {id: web-01, services: [{type: web, proxies_to: [app-01]}]}
              - {id: app-01, services: [{type: app, listen: [{port: 8000}]}]}
            """;

    private static List<Encryption> encryption(String text) throws DescriptorException {
        return path(text).hops().stream().map(Hop::encryption).toList();
    }

    @Test
    void tlsEndedAtTheLoadBalancerLeavesTheNextHopsInPlaintext() throws DescriptorException {
        assertEquals(List.of(
                new Hop("www.example.com", "lb", "web-01", "/load_balancers/0/pool", Encryption.PLAINTEXT_AFTER_TERMINATION),
                new Hop("www.example.com", "web-01", "app-01", "/hosts/1/services/0", Encryption.PLAINTEXT)),
                path(TLS_AT_THE_LOAD_BALANCER).hops());
    }

    @Test
    void reEncryptionAndTlsToTheAppServerProtectEveryHop() throws DescriptorException {
        assertEquals(List.of(Encryption.REENCRYPTED, Encryption.TLS), encryption(TLS_AT_THE_LOAD_BALANCER
                .replace("port: 80, protocol: http", "port: 443, protocol: https")
                .replace("{port: 8000}", "{port: 8443, protocol: https, certificate: internal}")));
    }

    @Test
    void aLayer4ListenerPassesTlsThrough() throws DescriptorException {
        assertEquals(List.of(Encryption.PASSTHROUGH, Encryption.PLAINTEXT), encryption(TLS_AT_THE_LOAD_BALANCER
                .replace("{port: 443, protocol: https, certificate: www.example.com}", "{port: 443, protocol: tcp}")
                .replace("port: 80, protocol: http", "port: 443, protocol: https")));
    }

    @Test
    void withoutTlsAnywhereEveryHopIsPlaintextAndAnAppOnTheSameHostIsLocal() throws DescriptorException {
        assertEquals(List.of(Encryption.PLAINTEXT, Encryption.LOCAL), encryption(TLS_AT_THE_LOAD_BALANCER
                .replace("{port: 443, protocol: https, certificate: www.example.com}", "{port: 80}")
                .replace("{id: web-01, services: [{type: web, proxies_to: [app-01]}]}",
                        "{id: web-01, services: [{type: web}, {type: app}]}")));
    }
}
