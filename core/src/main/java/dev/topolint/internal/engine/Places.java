package dev.topolint.internal.engine;

import dev.topolint.Place;
import dev.topolint.internal.load.SourceMap;
import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.Descriptor;
import dev.topolint.model.DnsRecord;
import dev.topolint.model.Host;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the ids and JSON Pointers a rule names into places in the descriptor. A pointer inside a component is
 * labelled by what it declares and the component that holds it, e.g. {@code listener of load balancer lb-01}.
 */
public final class Places {

    private final SourceMap sourceMap;
    private final Map<String, Declaration> byId = new LinkedHashMap<>();
    private final List<Declaration> byPointer = new ArrayList<>();

    private record Declaration(String id, String label, String path) {
    }

    public Places(Descriptor descriptor, SourceMap sourceMap) {
        this.sourceMap = sourceMap;
        for (DnsRecord record : descriptor.dns()) {
            declare(record.name(), "DNS name " + record.name(), record.path());
        }
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            declare(lb.id(), "load balancer " + lb.id(), lb.path());
            declare(lb.pool().id(), "pool " + lb.pool().id() + " of load balancer " + lb.id(), lb.pool().path());
        }
        for (Host host : descriptor.hosts()) {
            declare(host.id(), "host " + host.id(), host.path());
            for (Service service : host.services()) {
                declare(service.id(), "service " + service.id(), service.path());
            }
        }
        for (DatabaseCluster cluster : descriptor.databases()) {
            declare(cluster.id(), "database cluster " + cluster.id(), cluster.path());
        }
    }

    /** The first declaration of an id wins: a DNS name declared by several records is placed on the first. */
    private void declare(String id, String label, String path) {
        Declaration declaration = new Declaration(id, label, path);
        if (byId.putIfAbsent(id, declaration) == null) {
            byPointer.add(declaration);
        }
    }

    /** Where the named declarations stand, in the given order; names the descriptor does not declare are left out. */
    public List<Place> resolve(List<String> names) {
        return names.stream().map(this::resolve).flatMap(Optional::stream).toList();
    }

    private Optional<Place> resolve(String name) {
        if (!name.startsWith("/")) {
            return Optional.ofNullable(byId.get(name)).map(this::place);
        }
        return byPointer.stream()
                .filter(declaration -> name.equals(declaration.path()) || name.startsWith(declaration.path() + "/"))
                .reduce((outer, inner) -> inner.path().length() > outer.path().length() ? inner : outer)
                .map(holder -> new Place(holder.id(), labelInside(holder, name), name, sourceMap.regionOf(name)));
    }

    private Place place(Declaration declaration) {
        return new Place(declaration.id(), declaration.label(), declaration.path(),
                sourceMap.regionOf(declaration.path()));
    }

    /** {@code /load_balancers/0/listeners/1} within load balancer lb-01 is the listener of load balancer lb-01. */
    private static String labelInside(Declaration holder, String pointer) {
        if (pointer.equals(holder.path())) {
            return holder.label();
        }
        String[] steps = pointer.substring(holder.path().length() + 1).split("/");
        String what = steps[0];
        for (String step : steps) {
            if (!step.chars().allMatch(Character::isDigit)) {
                what = step;
            }
        }
        String noun = switch (what) {
            case "listen", "listeners" -> "listener";
            case "servers" -> "server";
            default -> what.replace('_', ' ');
        };
        return noun + " of " + holder.label();
    }
}
