package dev.topolint.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a valid descriptor of any number of hosts, shaped like a real estate: independent application cells of
 * {@value #CELL_HOSTS} hosts each (a VRRP pair of load balancers behind a DNS name, web and app tiers, a database
 * cluster with two replicas, a bastion, batch workers, security groups, monitoring and an external check), with a
 * few deliberate defects spread over the cells so that the rules have something to find.
 *
 * <p>Uses nothing but the JDK, so that {@code bench/generate} can run this file directly as a source program.
 * The same count always gives the same bytes.
 */
public final class SyntheticEstate {

    /** Hosts in one application cell. */
    static final int CELL_HOSTS = 20;

    private static final int WEB = 6;
    private static final int APP = 6;
    private static final int DB = 3;
    private static final int WORKERS = 2;

    private final Writer out;

    private SyntheticEstate(Writer out) {
        this.out = out;
    }

    /** {@code SyntheticEstate N}: the descriptor of N hosts on standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !args[0].matches("[1-9]\\d{0,6}")) {
            System.err.println("usage: generate N   (N hosts, 1 to 9999999)");
            System.exit(2);
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        write(Integer.parseInt(args[0]), out);
        out.flush();
    }

    /** The descriptor of {@code hosts} hosts as text. */
    public static String of(int hosts) {
        StringWriter text = new StringWriter();
        try {
            write(hosts, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static void write(int hosts, Writer out) throws IOException {
        new SyntheticEstate(out).estate(hosts / CELL_HOSTS, hosts % CELL_HOSTS);
    }

    private void estate(int cells, int loose) throws IOException {
        line("topolint: 1");
        line("name: synthetic estate of " + (cells * CELL_HOSTS + loose) + " hosts");
        if (cells > 0) {
            line("dns:");
        }
        for (int c = 0; c < cells; c++) {
            line("  - {name: " + site(c) + ", type: A, values: [" + vip(c) + "], ttl: 60, health_checked: true}");
            if (c % 10 == 0) {
                // Some names reach their cell through an alias, as marketing names do.
                line("  - {name: shop-" + c + ".example, type: CNAME, values: [" + site(c) + "]}");
            }
        }
        if (cells > 0) {
            line("load_balancers:");
        }
        for (int c = 0; c < cells; c++) {
            loadBalancer(c);
        }
        line("hosts:");
        for (int c = 0; c < cells; c++) {
            cellHosts(c);
        }
        for (int i = 1; i <= loose; i++) {
            // Hosts that belong to no cell: internal tools on private addresses.
            String id = "tool-" + i;
            line("  - id: " + id);
            line("    private_ip: 10.255." + (i / 250) + "." + (i % 250 + 1));
            line("    services:");
            line("      - {type: app, software: flask, listen: [{port: 5000}]}");
            monitoring("node-exporter", "host-metrics");
        }
        if (cells > 0) {
            databases(cells);
            firewalls(cells);
            line("monitoring:");
            line("  external_checks:");
            for (int c = 0; c < cells; c++) {
                line("    - {id: " + cell(c) + "-uptime, type: http, target: \"https://" + site(c) + "/\"}");
            }
        }
    }

    private void loadBalancer(int c) throws IOException {
        // Every fifth cell was never given its second balancer: a single point of failure to find.
        boolean pair = c % 5 != 4;
        line("  - id: " + cell(c) + "-lb");
        line("    software: haproxy");
        line("    nodes: [" + (pair ? id(c, "lb", 1) + ", " + id(c, "lb", 2) : id(c, "lb", 1)) + "]");
        line("    redundancy: " + (pair ? "vrrp" : "single"));
        line("    vip: " + vip(c));
        line("    ha_mode: active-passive");
        line("    algorithm: least-connections");
        line("    listeners:");
        line("      - {port: 443, protocol: https, certificate: " + site(c) + "}");
        line("      - {port: 80, redirect_to_https: true}");
        line("    pool:");
        line("      port: 443");
        line("      protocol: https");
        line("      verify: true");
        line("      ha_mode: active-active");
        line("      servers: [" + ids(c, "web", WEB) + "]");
    }

    private void cellHosts(int c) throws IOException {
        int address = 1;
        for (int n = 1; n <= 2; n++) {
            host(c, "lb", n, address++);
            line("    firewall:");
            line("      inbound:");
            line("        - {port: [80, 443], from: any}");
            line("        - {port: 22, from: " + id(c, "bastion", 1) + "}");
            line("        - {protocol: vrrp, from: " + id(c, "lb", 3 - n) + "}");
            monitoring("node-exporter", "haproxy-stats, host-metrics");
        }
        for (int n = 1; n <= WEB; n++) {
            host(c, "web", n, address++);
            line("    services:");
            line("      - type: web");
            line("        software: nginx");
            line("        listen: [{port: 443, protocol: https, certificate: internal-ca}]");
            line("        proxies_to: [" + ids(c, "app", APP) + "]");
            monitoring("node-exporter", "nginx-logs, host-metrics");
        }
        for (int n = 1; n <= APP; n++) {
            host(c, "app", n, address++);
            line("    services:");
            line("      - {type: app, software: puma, listen: [{port: 8443, protocol: https, certificate: internal-ca}],"
                    + " writes_to: " + cell(c) + "-db, reads_from: [" + cell(c) + "-db]}");
            monitoring("node-exporter", "app-logs, host-metrics");
        }
        for (int n = 1; n <= DB; n++) {
            host(c, "db", n, address);
            line("    services:");
            line("      - {type: db, software: postgresql, listen: [{bind: " + privateIp(c, address) + ", port: 5432}]}");
            monitoring("postgres-exporter", "postgres-metrics, host-metrics");
            address++;
        }
        host(c, "bastion", 1, address++);
        line("    public_ip: " + bastionIp(c));
        line("    firewall:");
        line("      inbound:");
        line("        - {port: 22, from: 192.0.2.0/24}");
        monitoring("node-exporter", "auth-logs, host-metrics");
        for (int n = 1; n <= WORKERS; n++) {
            host(c, "worker", n, address++);
            line("    services:");
            line("      - {type: app, software: sidekiq, listen: [{bind: 127.0.0.1, port: 7433}],"
                    + " writes_to: " + cell(c) + "-db}");
            // Every seventh cell forgot the agent on one worker: a monitoring gap to find.
            if (!(c % 7 == 3 && n == WORKERS)) {
                monitoring("node-exporter", "app-logs, host-metrics");
            }
        }
    }

    private void databases(int cells) throws IOException {
        line("databases:");
        for (int c = 0; c < cells; c++) {
            line("  - id: " + cell(c) + "-db");
            line("    engine: postgresql");
            // Every ninth cell fails over by hand.
            line("    failover: " + (c % 9 == 5 ? "manual" : "automatic"));
            line("    members:");
            line("      - {host: " + id(c, "db", 1) + ", role: primary}");
            for (int n = 2; n <= DB; n++) {
                line("      - {host: " + id(c, "db", n) + ", role: replica, replicates_from: " + id(c, "db", 1)
                        + ", read_only: true}");
            }
        }
    }

    private void firewalls(int cells) throws IOException {
        line("firewalls:");
        for (int c = 0; c < cells; c++) {
            String writers = ids(c, "app", APP) + ", " + ids(c, "worker", WORKERS);
            securityGroup(cell(c) + "-sg-web", ids(c, "web", WEB), "443", cell(c) + "-lb");
            securityGroup(cell(c) + "-sg-app", ids(c, "app", APP), "8443", "[" + ids(c, "web", WEB) + "]");
            securityGroup(cell(c) + "-sg-db", ids(c, "db", DB), "5432", "[" + writers + "]");
            securityGroup(cell(c) + "-sg-worker", ids(c, "worker", WORKERS), "22", id(c, "bastion", 1));
        }
    }

    private void securityGroup(String id, String protects, String port, String from) throws IOException {
        line("  - id: " + id);
        line("    type: security-group");
        line("    protects: [" + protects + "]");
        line("    inbound:");
        line("      - {port: " + port + ", from: " + from + "}");
    }

    private void host(int c, String role, int n, int address) throws IOException {
        line("  - id: " + id(c, role, n));
        line("    private_ip: " + privateIp(c, address));
        line("    location: {region: eu-west-1, zone: eu-west-1" + (n % 2 == 1 ? "a" : "b") + "}");
    }

    private void monitoring(String agent, String collects) throws IOException {
        line("    monitoring: {agent: " + agent + ", collects: [" + collects + "]}");
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }

    private static String cell(int c) {
        return "c" + c;
    }

    private static String site(int c) {
        return "www.c" + c + ".example";
    }

    private static String id(int c, String role, int n) {
        return cell(c) + "-" + role + "-" + n;
    }

    private static String ids(int c, String role, int count) {
        StringBuilder ids = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            ids.append(n > 1 ? ", " : "").append(id(c, role, n));
        }
        return ids.toString();
    }

    private static String privateIp(int c, int address) {
        return "10." + (c / 256 % 255) + "." + (c % 256) + "." + address;
    }

    /** Public addresses from 198.18.0.0/15, the range set aside for benchmarks; VIPs even, bastions odd. */
    private static String vip(int c) {
        return publicIp(2 * c);
    }

    private static String bastionIp(int c) {
        return publicIp(2 * c + 1);
    }

    private static String publicIp(int n) {
        return "198." + (18 + n / 65536) + "." + (n / 256 % 256) + "." + (n % 256);
    }
}
