package dev.topolint.facts;

import dev.topolint.model.Descriptor;
import dev.topolint.model.Firewall;
import dev.topolint.model.Host;
import dev.topolint.model.Listener;
import dev.topolint.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Works out which listeners the internet reaches: the listener must sit on an address of the host that is
 * public, and every firewall protecting the host must let its port in from anywhere, because a connection
 * passes all of them.
 */
final class InternetExposures {

    private InternetExposures() {
    }

    /** A fact for every listener of every service, in declaration order. */
    static List<InternetExposure> of(Descriptor descriptor) {
        Map<String, List<Firewall>> firewallsByHost = new HashMap<>();
        for (Firewall firewall : descriptor.firewalls()) {
            firewall.protects().stream().distinct().forEach(host ->
                    firewallsByHost.computeIfAbsent(host, id -> new ArrayList<>()).add(firewall));
        }
        List<InternetExposure> exposures = new ArrayList<>();
        for (Host host : descriptor.hosts()) {
            List<Firewall> firewalls = firewallsByHost.getOrDefault(host.id(), List.of());
            for (Service service : host.services()) {
                for (Listener listener : service.listeners()) {
                    exposures.add(assess(host, firewalls, service, listener));
                }
            }
        }
        return exposures;
    }

    private static InternetExposure assess(Host host, List<Firewall> firewalls, Service service,
                                           Listener listener) {
        int port = listener.port();
        String bind = listener.bind().contains(":") ? "[" + listener.bind() + "]" : listener.bind();
        String listens = "listens on " + bind + ":" + port;
        if (listener.loopbackOnly()) {
            return exposure(host, service, listener, false, listens + ", reachable from the host itself only");
        }
        if (host.publicIp() == null) {
            return exposure(host, service, listener, false, listens + " of a host with no public address");
        }
        String publicHost = " of a host with public address " + host.publicIp();
        if (!listener.bindsAllAddresses() && !listener.bind().equals(host.publicIp())) {
            return exposure(host, service, listener, false, listens + ", not on its public address "
                    + host.publicIp());
        }
        if (firewalls.isEmpty()) {
            return exposure(host, service, listener, true, listens + publicHost + ", with no firewall");
        }
        Optional<Firewall> closed = firewalls.stream()
                .filter(firewall -> firewall.inbound().stream().noneMatch(rule -> rule.admitsAnyoneTo(port)))
                .findFirst();
        if (closed.isPresent()) {
            return exposure(host, service, listener, false, listens + publicHost + ", but " + closed.get().id()
                    + " does not allow " + port + " from any");
        }
        String open = firewalls.stream().map(Firewall::id).collect(Collectors.joining(" and "));
        return exposure(host, service, listener, true, listens + publicHost + ", and " + open
                + (firewalls.size() == 1 ? " allows " : " allow ") + port + " from any");
    }

    private static InternetExposure exposure(Host host, Service service, Listener listener, boolean reachable,
                                             String reason) {
        return new InternetExposure(host.id(), service.id(), service.type(), listener.path(), listener.port(),
                reachable, reason);
    }
}
