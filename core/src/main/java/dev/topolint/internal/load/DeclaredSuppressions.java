package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.topolint.Region;
import dev.topolint.suppress.Suppression;
import dev.topolint.suppress.SuppressionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code suppress:} entries of a descriptor's components: each accepts findings about its component, named by
 * its id (a DNS record by its name), so that it stays with the component wherever the file moves it.
 */
final class DeclaredSuppressions {

    /** The lists of components that may carry {@code suppress:}, and the field that names each. */
    private static final List<String[]> COMPONENTS = List.of(new String[] {"dns", "name"},
            new String[] {"load_balancers", "id"}, new String[] {"hosts", "id"}, new String[] {"databases", "id"},
            new String[] {"firewalls", "id"});

    private DeclaredSuppressions() {
    }

    /** Every suppression the components declare, in file order of their lists. */
    static List<Suppression> of(String file, JsonNode root, SourceMap sourceMap) {
        List<Suppression> suppressions = new ArrayList<>();
        for (String[] component : COMPONENTS) {
            JsonNode list = root.path(component[0]);
            for (int index = 0; index < list.size(); index++) {
                JsonNode node = list.get(index);
                JsonNode entries = node.path("suppress");
                String pointer = Pointers.child(Pointers.child("/" + component[0], index), "suppress");
                for (int entry = 0; entry < entries.size(); entry++) {
                    suppressions.add(entry(entries.get(entry), node.get(component[1]).asText(),
                            SuppressionKind.DESCRIPTOR, file, sourceMap.regionOf(Pointers.child(pointer, entry))));
                }
            }
        }
        return suppressions;
    }

    /**
     * One entry that the schema has checked: {@code rule} and {@code reason}, and {@code until} and {@code ticket}
     * where given. The configuration file's entries have the same shape.
     *
     * @param target what the entry accepts findings about, or {@code null} for every target
     */
    static Suppression entry(JsonNode entry, String target, SuppressionKind kind, String file, Region region) {
        LocalDate until = entry.has("until") ? LocalDate.parse(entry.get("until").asText()) : null;
        String ticket = entry.has("ticket") ? entry.get("ticket").asText() : null;
        return new Suppression(List.of(entry.get("rule").asText()), target, entry.get("reason").asText().strip(),
                until, ticket, kind, file, region, 0);
    }
}
