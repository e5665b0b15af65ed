package dev.topolint.facts;

import dev.topolint.model.Descriptor;
import dev.topolint.model.MonitoringAgent;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which hosts a firewall protects and which run a monitoring agent, gathered once for the rules that ask it of
 * every host. Asked host by host in the rule network, each such question kept every firewall or every agent of the
 * estate in the network's memory, and gathered there it kept a fact for every protected host of every firewall.
 *
 * @param firewalled the ids that a host firewall, a network firewall or a security group protects
 * @param monitored the hosts that run a monitoring agent
 */
public record HostCoverage(Set<String> firewalled, Set<String> monitored) {
    public HostCoverage {
        // A set gathered by of() is kept as it is: Set.copyOf does not copy an unmodifiable set.
        firewalled = Set.copyOf(firewalled);
        monitored = Set.copyOf(monitored);
    }

    static HostCoverage of(Descriptor descriptor) {
        return new HostCoverage(
                descriptor.firewalls().stream().flatMap(firewall -> firewall.protects().stream())
                        .collect(Collectors.toUnmodifiableSet()),
                descriptor.monitoringAgents().stream().map(MonitoringAgent::host)
                        .collect(Collectors.toUnmodifiableSet()));
    }
}
