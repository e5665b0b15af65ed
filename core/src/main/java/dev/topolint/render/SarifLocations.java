package dev.topolint.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.topolint.Region;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Places in descriptor files as SARIF {@code physicalLocation}s. A descriptor named by a relative path is
 * given relative to {@code %SRCROOT%}, so the report holds no machine's directory and code-scanning services
 * can map it onto the repository; a descriptor named by an absolute path keeps it, as a {@code file:} URI.
 */
final class SarifLocations {

    static final String SRCROOT = "%SRCROOT%";

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:/");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifLocations() {
    }

    /**
     * @param file the descriptor as topolint names it, with {@code /} separators
     * @param region where in the file, or {@code null} for the file as a whole
     */
    static ObjectNode physicalLocation(String file, Region region) {
        ObjectNode location = JsonNodeFactory.instance.objectNode();
        location.set("artifactLocation", artifactLocation(file));
        if (region != null) {
            location.putObject("region")
                    .put("startLine", region.startLine())
                    .put("startColumn", region.startColumn())
                    .put("endLine", region.endLine())
                    .put("endColumn", region.endColumn());
        }
        return location;
    }

    static ObjectNode artifactLocation(String file) {
        ObjectNode location = JsonNodeFactory.instance.objectNode();
        if (file.startsWith("/")) {
            return location.put("uri", "file://" + encode(file));
        }
        if (WINDOWS_DRIVE.matcher(file).lookingAt()) {
            return location.put("uri", "file:///" + file.substring(0, 2) + encode(file.substring(2)));
        }
        return location.put("uri", encode(file)).put("uriBaseId", SRCROOT);
    }

    /**
     * Percent-encodes everything but RFC 3986's unreserved characters and {@code /}. A colon is encoded too:
     * in the first segment of a relative reference it would be read as a scheme.
     */
    private static String encode(String path) {
        StringBuilder uri = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c) || c == '/') {
                uri.append(c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return uri.toString();
    }

    private static boolean isUnreserved(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
