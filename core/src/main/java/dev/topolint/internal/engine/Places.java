package dev.topolint.internal.engine;

import dev.topolint.Place;
import dev.topolint.internal.load.SourceMap;
import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.Descriptor;
import dev.topolint.model.DnsRecord;
import dev.topolint.model.Host;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.Service;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the ids and JSON Pointers a rule names into places in the descriptor. A pointer inside a component is
 * labelled by what it declares and the component that holds it, e.g. {@code listener of load balancer lb-01}.
 */
public final class Places {

    private final SourceMap sourceMap;
    private final Map<String, Declaration> byId = new HashMap<>();
    /** The declarations by their pointer; a pointer inside one is resolved by walking up to it. */
    private final Map<String, Declaration> byPointer = new HashMap<>();

    /**
     * A declaration, labelled by what it is and, for a pool, the load balancer it belongs to. The label is made when
     * a place is asked for: a large estate declares hundreds of thousands of components, and a rule names few.
     */
    private record Declaration(String id, String kind, String loadBalancer, String path) {
        String label() {
            return kind + " " + id + (loadBalancer == null ? "" : " of load balancer " + loadBalancer);
        }
    }

    public Places(Descriptor descriptor, SourceMap sourceMap) {
        this.sourceMap = sourceMap;
        for (DnsRecord record : descriptor.dns()) {
            declare(record.name(), "DNS name", null, record.path());
        }
        for (LoadBalancer lb : descriptor.loadBalancers()) {
            declare(lb.id(), "load balancer", null, lb.path());
            declare(lb.pool().id(), "pool", lb.id(), lb.pool().path());
        }
        for (Host host : descriptor.hosts()) {
            declare(host.id(), "host", null, host.path());
            for (Service service : host.services()) {
                declare(service.id(), "service", null, service.path());
            }
        }
        for (DatabaseCluster cluster : descriptor.databases()) {
            declare(cluster.id(), "database cluster", null, cluster.path());
        }
    }

    /** The first declaration of an id wins: a DNS name declared by several records is placed on the first. */
    private void declare(String id, String kind, String loadBalancer, String path) {
        Declaration declaration = new Declaration(id, kind, loadBalancer, path);
        if (byId.putIfAbsent(id, declaration) == null) {
            byPointer.putIfAbsent(path, declaration);
        }
    }

    /** Where the named declarations stand, in the given order; names the descriptor does not declare are left out. */
    public List<Place> resolve(List<String> names) {
        return names.stream().map(this::resolve).flatMap(Optional::stream).toList();
    }

    /** An id's declaration, or the innermost declaration that holds a pointer. */
    private Optional<Place> resolve(String name) {
        if (!name.startsWith("/")) {
            return Optional.ofNullable(byId.get(name)).map(this::place);
        }
        for (String holder = name; !holder.isEmpty(); holder = holder.substring(0, holder.lastIndexOf('/'))) {
            Declaration declaration = byPointer.get(holder);
            if (declaration != null) {
                return Optional.of(new Place(declaration.id(), labelInside(declaration, name), name,
                        sourceMap.regionOf(name)));
            }
        }
        return Optional.empty();
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
