package dev.topolint.internal.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.JsonSchema;
import dev.topolint.DescriptorException;
import dev.topolint.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A descriptor or a schema that points at a remote schema must never make topolint open a connection. Every URL
 * connection the JVM would open asks the default proxy selector first; this one records the request and sends it
 * to a closed port on the loopback address, so that nothing leaves the machine even if the check fails.
 */
class OfflineSchemaTest {

    private static final String REMOTE = "http://schemas.example.invalid/topolint.json";
    private static final List<URI> REQUESTED = new CopyOnWriteArrayList<>();
    private static ProxySelector previous;

    @BeforeAll
    static void recordEveryConnection() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                REQUESTED.add(uri);
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(InetAddress.getLoopbackAddress(), 9)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                // Expected: nothing listens on the discard port.
            }
        });
    }

    @AfterAll
    static void restore() {
        ProxySelector.setDefault(previous);
    }

    @BeforeEach
    void forget() {
        REQUESTED.clear();
    }

    @Test
    void theRecorderSeesAConnectionAttempt() {
        assertThrows(IOException.class, () -> {
            try (InputStream in = URI.create(REMOTE).toURL().openStream()) {
                in.read();
            }
        });
        assertEquals(List.of(URI.create(REMOTE)), REQUESTED);
    }

    @Test
    void aRemoteSchemaOrRefInADescriptorIsAnUnknownPropertyNotARequest() {
        String text = "$schema: " + REMOTE + "\n$ref: " + REMOTE + "\ntopolint: 1\nhosts: [{id: a, $ref: " + REMOTE
                + "}]\n";
        DescriptorException error = assertThrows(DescriptorException.class,
                () -> new DescriptorLoader().load("d.yaml", text));

        assertEquals(List.of("d.yaml:1:1: unknown property '$schema'", "d.yaml:2:1: unknown property '$ref'",
                        "d.yaml:4:17: unknown property '$ref'"),
                error.problems().stream().map(Problem::describe).toList());
        assertEquals(List.of(), REQUESTED);
    }

    @Test
    void aRemoteRefInASchemaIsRefusedNotFetched() throws IOException {
        JsonSchema schema = SchemaCheck.offlineFactory()
                .getSchema(new ObjectMapper().readTree("{\"$ref\": \"" + REMOTE + "\"}"));

        InvalidSchemaException error = assertThrows(InvalidSchemaException.class,
                () -> schema.validate(new ObjectMapper().readTree("{}")));
        assertTrue(error.getMessage().contains("is not allowed to be loaded"), error.getMessage());
        assertEquals(List.of(), REQUESTED);
    }

    @Test
    void aRemoteMetaSchemaIsRefusedNotFetched() throws IOException {
        InvalidSchemaException error = assertThrows(InvalidSchemaException.class,
                () -> SchemaCheck.offlineFactory().getSchema(new ObjectMapper().readTree(
                        "{\"$schema\": \"" + REMOTE + "\", \"type\": \"object\"}")));
        assertTrue(error.getMessage().contains("is not allowed to be loaded"), error.getMessage());
        assertEquals(List.of(), REQUESTED);
    }
}
