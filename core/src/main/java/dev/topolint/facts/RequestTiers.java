package dev.topolint.facts;

import dev.topolint.model.Descriptor;
import dev.topolint.model.Host;
import dev.topolint.model.PoolServer;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Works out the web and app tiers each entry point's requests pass through. */
final class RequestTiers {

    private final Descriptor descriptor;

    RequestTiers(Descriptor descriptor) {
        this.descriptor = descriptor;
    }

    /** The web and app tiers of an entry point, each present only when it has hosts. */
    List<RequestTier> of(EntryPoint entry) {
        Set<String> front = new TreeSet<>(entry.directHosts());
        for (String id : entry.loadBalancers()) {
            descriptor.loadBalancer(id).orElseThrow().pool().servers().stream().map(PoolServer::host)
                    .forEach(front::add);
        }
        Set<String> web = new TreeSet<>();
        Set<String> app = new TreeSet<>();
        for (String id : front) {
            Host host = descriptor.host(id).orElseThrow();
            // A pool member that declares no service is what the load balancer hands requests to: a web server.
            if (host.runs(ServiceType.WEB) || !host.runs(ServiceType.APP)) {
                web.add(id);
                host.services().stream().filter(service -> service.type() == ServiceType.WEB)
                        .forEach(service -> app.addAll(upstreams(host, service)));
            } else {
                app.add(id);
            }
        }
        List<RequestTier> tiers = new ArrayList<>();
        if (!web.isEmpty()) {
            tiers.add(new RequestTier(entry.name(), "web", List.copyOf(web)));
        }
        if (!app.isEmpty()) {
            tiers.add(new RequestTier(entry.name(), "app", List.copyOf(app)));
        }
        return tiers;
    }

    /** The hosts of the app services a web server forwards to: as declared, or else those on its own host. */
    private List<String> upstreams(Host host, Service web) {
        if (web.proxiesTo().isEmpty()) {
            return host.runs(ServiceType.APP) ? List.of(host.id()) : List.of();
        }
        List<String> hosts = new ArrayList<>();
        for (String target : web.proxiesTo()) {
            descriptor.hostNamed(target).map(Host::id).ifPresent(hosts::add);
        }
        return hosts;
    }
}
