package dev.topolint.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.topolint.DescriptorException;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.model.ServiceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternetExposuresTest {

    private static final String LISTENER = "/hosts/1/services/0/listen/0";

    private static List<InternetExposure> exposures(String text) throws DescriptorException {
        return InternetExposures.of(new DescriptorLoader().load("d.yaml", text).descriptor());
    }

    private static InternetExposure only(String text) throws DescriptorException {
        List<InternetExposure> exposures = exposures(text);
        assertEquals(1, exposures.size());
        return exposures.get(0);
    }

    private static InternetExposure boundTo(String bind) throws DescriptorException {
        return only(OPEN.replace("{port: 3306}", "{bind: " + bind + ", port: 3306}"));
    }

    private static InternetExposure expected(boolean reachable, String reason) {
        return new InternetExposure("db-01", "db@db-01", ServiceType.DB, LISTENER, 3306, reachable, reason);
    }

    private static final String OPEN = """
            topolint: 1
            hosts:
              - {id: app-01, private_ip: 10.0.0.21, services: [{type: app, writes_to: db-01}]}
              - id: db-01
                public_ip: 203.0.113.5
                private_ip: 10.0.0.31
                services: [{type: db, software: mysql, listen: [{port: 3306}]}]
            """;

    @Test
    void aDatabaseOnAllAddressesOfAPublicHostWithoutFirewallIsReachable() throws DescriptorException {
        assertEquals(expected(true, "listens on 0.0.0.0:3306 of a host with public address 203.0.113.5, "
                + "with no firewall"), only(OPEN));
        assertEquals(expected(true, "listens on 203.0.113.5:3306 of a host with public address 203.0.113.5, "
                + "with no firewall"), boundTo("203.0.113.5"));
    }

    @Test
    void aLoopbackOrPrivateBindOnAPublicHostIsNotReachable() throws DescriptorException {
        assertEquals(expected(false, "listens on 127.0.0.1:3306, reachable from the host itself only"),
                boundTo("127.0.0.1"));
        assertEquals(expected(false, "listens on 10.0.0.31:3306, not on its public address 203.0.113.5"),
                boundTo("10.0.0.31"));
    }

    @Test
    void aHostWithoutPublicAddressIsNotReachable() throws DescriptorException {
        assertEquals(expected(false, "listens on 0.0.0.0:3306 of a host with no public address"),
                only(OPEN.replace("    public_ip: 203.0.113.5\n", "")));
    }

    @Test
    void aHostFirewallAdmittingOnlyTheApplicationHostsProtectsIt() throws DescriptorException {
        String text = OPEN + """
                    firewall:
                      inbound: [{port: 3306, from: app-01}, {port: 22, from: 198.51.100.7}]
                """;
        assertEquals(expected(false, "listens on 0.0.0.0:3306 of a host with public address 203.0.113.5, "
                + "but firewall@db-01 does not allow 3306 from any"), only(text));
    }

    @Test
    void aNetworkFirewallAdmittingEveryPortFromAnyLetsItThrough() throws DescriptorException {
        String text = OPEN + """
                firewalls:
                  - {id: edge, type: network, protects: [app-01, db-01], inbound: [{from: 0.0.0.0/0}]}
                """;
        assertEquals(expected(true, "listens on 0.0.0.0:3306 of a host with public address 203.0.113.5, "
                + "and edge allows 3306 from any"), only(text));
    }

    @Test
    void everyFirewallInFrontOfTheHostMustLetItThrough() throws DescriptorException {
        String hostFirewall = OPEN + """
                    firewall:
                      inbound: [{port: [22, 3306], from: any}]
                firewalls:
                """;
        assertEquals(expected(true, "listens on 0.0.0.0:3306 of a host with public address 203.0.113.5, "
                + "and firewall@db-01 and sg-db allow 3306 from any"), only(hostFirewall + """
                  - {id: sg-db, type: security-group, protects: [db-01], inbound: [{port: 3306, from: internet}]}
                """));
        assertEquals(expected(false, "listens on 0.0.0.0:3306 of a host with public address 203.0.113.5, "
                + "but sg-db does not allow 3306 from any"), only(hostFirewall + """
                  - {id: sg-db, type: security-group, protects: [db-01], inbound: [{port: 3306, from: 10.0.0.0/16}]}
                """));
    }

    @Test
    void onlyTcpToTheListenersPortCounts() throws DescriptorException {
        String text = OPEN + """
                    firewall:
                      inbound: [{port: 3306, protocol: udp, from: any}, {port: 33060, from: any}]
                """;
        assertEquals(expected(false, "listens on 0.0.0.0:3306 of a host with public address 203.0.113.5, "
                + "but firewall@db-01 does not allow 3306 from any"), only(text));
    }

    @Test
    void everyListenerOfEveryServiceIsJudged() throws DescriptorException {
        String text = """
                topolint: 1
                hosts:
                  - id: web-01
                    public_ip: 203.0.113.7
                    services:
                      - {type: web, listen: [{port: 80}]}
                      - {type: db, listen: [{bind: 127.0.0.1, port: 5432}, {bind: "::", port: 5433}]}
                """;
        assertEquals(List.of(
                new InternetExposure("web-01", "web@web-01", ServiceType.WEB, "/hosts/0/services/0/listen/0", 80, true,
                        "listens on 0.0.0.0:80 of a host with public address 203.0.113.7, with no firewall"),
                new InternetExposure("web-01", "db@web-01", ServiceType.DB, "/hosts/0/services/1/listen/0", 5432, false,
                        "listens on 127.0.0.1:5432, reachable from the host itself only"),
                new InternetExposure("web-01", "db@web-01", ServiceType.DB, "/hosts/0/services/1/listen/1", 5433, true,
                        "listens on [::]:5433 of a host with public address 203.0.113.7, with no firewall")),
                exposures(text));
    }
}
