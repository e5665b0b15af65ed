package dev.topolint.model;

import java.util.List;

/**
 * A service running on a host.
 *
 * @param writesTo app: the endpoint that takes its writes, or {@code null}
 */
public record Service(String path, String id, String host, ServiceType type, String software,
                      List<Listener> listeners, List<String> proxiesTo, String writesTo, List<String> readsFrom) {
    public Service {
        listeners = List.copyOf(listeners);
        proxiesTo = List.copyOf(proxiesTo);
        readsFrom = List.copyOf(readsFrom);
    }
}
