package dev.topolint.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
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
                    JsonNode suppress = entries.get(entry);
                    suppressions.add(new Suppression(List.of(suppress.get("rule").asText()),
                            node.get(component[1]).asText(), suppress.get("reason").asText().strip(),
                            suppress.has("until") ? LocalDate.parse(suppress.get("until").asText()) : null,
                            suppress.has("ticket") ? suppress.get("ticket").asText() : null,
                            SuppressionKind.DESCRIPTOR, file, sourceMap.regionOf(Pointers.child(pointer, entry)), 0));
                }
            }
        }
        return suppressions;
    }
}
