package dev.topolint.model;

/**
 * A port a load balancer or a service accepts connections on.
 *
 * @param bind the address bound to; {@code 0.0.0.0} when the descriptor gives none
 * @param certificate the TLS certificate served, or {@code null}
 * @param redirectToHttps whether the listener only redirects to https and serves no content
 */
public record Listener(String path, int port, String bind, Protocol protocol, String certificate,
                       boolean redirectToHttps) {

    /** Whether TLS from the client ends at this listener. */
    public boolean terminatesTls() {
        return protocol == Protocol.HTTPS;
    }

    /** Whether the listener is reachable only from the machine itself. */
    public boolean loopbackOnly() {
        return bind.startsWith("127.") || bind.equals("::1") || bind.equals("localhost");
    }

    /** Whether the listener binds to every address of its machine. */
    public boolean bindsAllAddresses() {
        return bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("*");
    }
}
