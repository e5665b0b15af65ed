package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topolint.model.DatabaseCluster;
import dev.topolint.model.DatabaseMember;
import dev.topolint.model.DatabaseRole;
import dev.topolint.model.Descriptor;
import dev.topolint.model.DnsRecord;
import dev.topolint.model.ExternalCheck;
import dev.topolint.model.Failover;
import dev.topolint.model.Firewall;
import dev.topolint.model.FirewallType;
import dev.topolint.model.HaMode;
import dev.topolint.model.Host;
import dev.topolint.model.InboundRule;
import dev.topolint.model.Listener;
import dev.topolint.model.LoadBalancer;
import dev.topolint.model.Location;
import dev.topolint.model.MonitoringAgent;
import dev.topolint.model.Pool;
import dev.topolint.model.PoolServer;
import dev.topolint.model.Protocol;
import dev.topolint.model.Redundancy;
import dev.topolint.model.Service;
import dev.topolint.model.ServiceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Builds the model records from a tree that has passed the schema check, so every shape is as the schema
 * says and only defaults remain to be filled in.
 */
final class ModelBuilder {

    private final List<Firewall> firewalls = new ArrayList<>();
    private final List<MonitoringAgent> agents = new ArrayList<>();

    static Descriptor build(String file, JsonNode root) {
        return new ModelBuilder().descriptor(file, root);
    }

    private Descriptor descriptor(String file, JsonNode root) {
        List<DnsRecord> dns = list(root, "", "dns", this::dnsRecord);
        List<LoadBalancer> loadBalancers = list(root, "", "load_balancers", this::loadBalancer);
        List<Host> hosts = list(root, "", "hosts", this::host);
        List<DatabaseCluster> databases = list(root, "", "databases", this::databaseCluster);
        firewalls.addAll(list(root, "", "firewalls", this::networkFirewall));
        List<ExternalCheck> checks = list(root.path("monitoring"), "/monitoring", "external_checks",
                (node, path) -> new ExternalCheck(path, node.get("id").asText(), text(node, "type"),
                        node.get("target").asText()));
        return new Descriptor(file, text(root, "name"), dns, loadBalancers, hosts, databases, firewalls, agents,
                checks);
    }

    private DnsRecord dnsRecord(JsonNode node, String path) {
        return new DnsRecord(path, node.get("name").asText(), node.get("type").asText(), strings(node.get("values")),
                node.path("health_checked").asBoolean(false));
    }

    private LoadBalancer loadBalancer(JsonNode node, String path) {
        String id = node.get("id").asText();
        return new LoadBalancer(path, id, text(node, "software"), strings(node.get("nodes")),
                enumOf(Redundancy.class, text(node, "redundancy"), Redundancy.SINGLE), text(node, "vip"),
                haMode(text(node, "ha_mode")), text(node, "algorithm"), list(node, path, "listeners", this::listener),
                pool(node.get("pool"), path + "/pool", id));
    }

    private Pool pool(JsonNode node, String path, String loadBalancer) {
        String id = node.has("id") ? node.get("id").asText() : loadBalancer + ".pool";
        List<PoolServer> servers = list(node, path, "servers", (server, serverPath) -> server.isTextual()
                ? new PoolServer(serverPath, server.asText(), false)
                : new PoolServer(serverPath, server.get("host").asText(), server.path("backup").asBoolean(false)));
        return new Pool(path, id, node.get("port").asInt(), enumOf(Protocol.class, text(node, "protocol"),
                Protocol.HTTP), node.path("verify").asBoolean(true), haMode(text(node, "ha_mode")), servers);
    }

    private Listener listener(JsonNode node, String path) {
        String bind = node.has("bind") ? node.get("bind").asText() : "0.0.0.0";
        return new Listener(path, node.get("port").asInt(), bind,
                enumOf(Protocol.class, text(node, "protocol"), Protocol.HTTP), text(node, "certificate"),
                node.path("redirect_to_https").asBoolean(false));
    }

    private Host host(JsonNode node, String path) {
        String id = node.get("id").asText();
        JsonNode location = node.get("location");
        if (node.has("firewall")) {
            JsonNode firewall = node.get("firewall");
            firewalls.add(new Firewall(path + "/firewall", "firewall@" + id, FirewallType.HOST, List.of(id),
                    list(firewall, path + "/firewall", "inbound", this::inboundRule)));
        }
        if (node.has("monitoring")) {
            JsonNode monitoring = node.get("monitoring");
            agents.add(new MonitoringAgent(path + "/monitoring", id, monitoring.get("agent").asText(),
                    strings(monitoring.get("collects"))));
        }
        return new Host(path, id, text(node, "public_ip"), text(node, "private_ip"),
                location == null ? null
                        : new Location(text(location, "region"), text(location, "zone"), text(location, "datacenter")),
                list(node, path, "services", (service, servicePath) -> service(service, servicePath, id)));
    }

    private Service service(JsonNode node, String path, String host) {
        ServiceType type = ServiceType.valueOf(node.get("type").asText().toUpperCase(Locale.ROOT));
        return new Service(path, serviceId(node, host), host, type, text(node, "software"),
                list(node, path, "listen", this::listener), strings(node.get("proxies_to")), text(node, "writes_to"),
                strings(node.get("reads_from")));
    }

    /** A service's id: the declared one, or {@code <type>@<host>}, e.g. {@code app@web-01}. */
    static String serviceId(JsonNode service, String host) {
        return service.has("id") ? service.get("id").asText() : service.get("type").asText() + "@" + host;
    }

    private DatabaseCluster databaseCluster(JsonNode node, String path) {
        String id = node.get("id").asText();
        List<DatabaseMember> members = list(node, path, "members", (member, memberPath) -> new DatabaseMember(
                memberPath, id, member.get("host").asText(),
                DatabaseRole.valueOf(member.get("role").asText().toUpperCase(Locale.ROOT)),
                text(member, "replicates_from"),
                member.has("read_only") ? member.get("read_only").asBoolean() : null));
        return new DatabaseCluster(path, id, text(node, "engine"),
                enumOf(Failover.class, text(node, "failover"), Failover.NONE), members);
    }

    private Firewall networkFirewall(JsonNode node, String path) {
        return new Firewall(path, node.get("id").asText(), enumOf(FirewallType.class, text(node, "type"), null),
                strings(node.get("protects")), list(node, path, "inbound", this::inboundRule));
    }

    private InboundRule inboundRule(JsonNode node, String path) {
        JsonNode port = node.get("port");
        List<Integer> ports = port == null ? List.of()
                : port.isArray() ? strings(port).stream().map(Integer::valueOf).toList() : List.of(port.asInt());
        JsonNode from = node.get("from");
        return new InboundRule(path, ports, node.has("protocol") ? node.get("protocol").asText() : "tcp",
                from.isArray() ? strings(from) : List.of(from.asText()));
    }

    private static HaMode haMode(String text) {
        return enumOf(HaMode.class, text, null);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, E absent) {
        return text == null ? absent : Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> values.add(item.asText()));
        }
        return values;
    }

    private static <T> List<T> list(JsonNode owner, String ownerPath, String field,
                                    BiFunction<JsonNode, String, T> element) {
        List<T> items = new ArrayList<>();
        JsonNode array = owner.get(field);
        if (array != null) {
            String path = Pointers.child(ownerPath, field);
            for (int i = 0; i < array.size(); i++) {
                items.add(element.apply(array.get(i), Pointers.child(path, i)));
            }
        }
        return items;
    }
}
