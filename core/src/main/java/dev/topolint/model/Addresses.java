package dev.topolint.model;

import java.util.regex.Pattern;

/** How a descriptor writes network addresses; recognised without ever resolving a name. */
public final class Addresses {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");
    private static final Pattern PREFIX = Pattern.compile("/\\d{1,3}");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^]]+]|[^:\\s/]+):\\d{1,5}");

    private Addresses() {
    }

    /** An IPv4 or IPv6 address, optionally with a CIDR prefix. */
    public static boolean isAddressOrBlock(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        boolean prefixOk = slash < 0 || PREFIX.matcher(text.substring(slash)).matches();
        return prefixOk && (IPV4.matcher(address).matches() || IPV6.matcher(address).matches());
    }

    /** A network endpoint written {@code host:port} or {@code [ipv6]:port}. */
    public static boolean isHostPort(String text) {
        return HOST_PORT.matcher(text).matches();
    }

    /** The host part of {@code host:port}. */
    public static String hostOf(String hostPort) {
        String host = hostPort.substring(0, hostPort.lastIndexOf(':'));
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }
}
