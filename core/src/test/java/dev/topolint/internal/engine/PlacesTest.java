package dev.topolint.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.DescriptorException;
import dev.topolint.Place;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.internal.load.LoadedDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {

    private static final String DESCRIPTOR = """
            topolint: 1
            load_balancers:
              - id: lb
                nodes: [lb-01]
                listeners:
                  - port: 80
                pool:
                  id: web-pool
                  port: 80
                  servers: [web-01, web-02]
            hosts:
              - id: lb-01
                private_ip: 10.0.0.10
              - id: web-01
                private_ip: 10.0.0.11
                services:
                  - {type: web, listen: [{port: 80}]}
              - id: web-02
                private_ip: 10.0.0.12
            """;

    private static List<String> labels(List<String> names) throws DescriptorException {
        LoadedDescriptor loaded = new DescriptorLoader().load("d.yaml", DESCRIPTOR);
        return new Places(loaded.descriptor(), loaded.sourceMap()).resolve(names).stream()
                .map(place -> place.id() + ": " + place.label() + " at " + place.path() + ":"
                        + place.region().startLine())
                .toList();
    }

    @Test
    void anIdIsPlacedOnItsDeclaration() throws DescriptorException {
        assertEquals(List.of("web-02: host web-02 at /hosts/2:18", "lb: load balancer lb at /load_balancers/0:3",
                "web-pool: pool web-pool of load balancer lb at /load_balancers/0/pool:7"),
                labels(List.of("web-02", "lb", "web-pool")));
    }

    @Test
    void aPointerIsLabelledByTheInnermostDeclarationThatHoldsIt() throws DescriptorException {
        assertEquals(List.of("lb: listener of load balancer lb at /load_balancers/0/listeners/0:6",
                "web-pool: server of pool web-pool of load balancer lb at /load_balancers/0/pool/servers/1:10",
                "web@web-01: port of service web@web-01 at /hosts/1/services/0/listen/0/port:17",
                "web-01: host web-01 at /hosts/1:14"),
                labels(List.of("/load_balancers/0/listeners/0", "/load_balancers/0/pool/servers/1",
                        "/hosts/1/services/0/listen/0/port", "/hosts/1")));
    }

    @Test
    void namesThatNothingDeclaresAreLeftOut() throws DescriptorException {
        assertEquals(List.of(), labels(List.of("nobody", "/monitoring/external_checks/0", "/",
                "/hosts/10/private_ip")));
    }
}
