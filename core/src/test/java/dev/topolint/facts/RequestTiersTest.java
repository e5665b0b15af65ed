package dev.topolint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.DescriptorException;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.model.Descriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestTiersTest {

    private static List<RequestTier> tiers(String text) throws DescriptorException {
        Descriptor descriptor = new DescriptorLoader().load("d.yaml", text).descriptor();
        EntryPoint entry = new EntryPoints(descriptor).resolve().get(0);
        return new RequestTiers(descriptor).of(entry);
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
}
