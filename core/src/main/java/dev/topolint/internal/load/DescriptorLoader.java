package dev.topolint.internal.load;

import dev.topolint.DescriptorException;
import dev.topolint.Limits;
import dev.topolint.Problem;
import dev.topolint.model.Descriptor;
import java.util.List;

/**
 * Reads a descriptor in three steps, each refusing what the next cannot handle: YAML or JSON syntax, the
 * JSON Schema, then unique ids and resolvable references. Every problem carries the file, line and column.
 */
public final class DescriptorLoader {

    private final SchemaCheck schemaCheck = new SchemaCheck();
    private final Limits limits;

    /** A loader with the {@linkplain Limits#DEFAULTS default limits}. */
    public DescriptorLoader() {
        this(Limits.DEFAULTS);
    }

    public DescriptorLoader(Limits limits) {
        this.limits = limits;
    }

    /**
     * Loads one descriptor.
     *
     * @param file the name the descriptor is reported under
     * @throws DescriptorException with every problem found, in file order
     */
    public LoadedDescriptor load(String file, String text) throws DescriptorException {
        YamlTreeReader.Tree tree = YamlTreeReader.read(file, text, limits);
        List<Problem> schemaProblems = schemaCheck.check(file, tree.root(), tree.sourceMap());
        if (!schemaProblems.isEmpty()) {
            throw new DescriptorException(schemaProblems);
        }
        Descriptor descriptor = ModelBuilder.build(file, tree.root());
        List<Problem> referenceProblems = ReferenceCheck.check(descriptor, tree.sourceMap());
        if (!referenceProblems.isEmpty()) {
            throw new DescriptorException(referenceProblems.stream().sorted().toList());
        }
        return new LoadedDescriptor(descriptor, tree.sourceMap(),
                DeclaredSuppressions.of(file, tree.root(), tree.sourceMap()));
    }
}
