package dev.topolint.internal.load;

import dev.topolint.model.Descriptor;
import dev.topolint.suppress.Suppression;
import java.util.List;

/**
 * A descriptor, where each of its nodes stands in the file, and the suppressions its components declare.
 */
public record LoadedDescriptor(Descriptor descriptor, SourceMap sourceMap, List<Suppression> suppressions) {
    public LoadedDescriptor {
        suppressions = List.copyOf(suppressions);
    }
}
