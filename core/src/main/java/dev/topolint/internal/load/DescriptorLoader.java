package dev.topolint.internal.load;

import dev.topolint.DescriptorException;
import dev.topolint.Limits;
import dev.topolint.Problem;
import dev.topolint.internal.Background;
import dev.topolint.model.Descriptor;
import java.util.List;

/**
 * Reads a descriptor in three steps, each refusing what the next cannot handle: YAML or JSON syntax, the
 * JSON Schema, then unique ids and resolvable references. Every problem carries the file, line and column.
 */
public final class DescriptorLoader {

    private static Background<SchemaCheck> descriptorSchema;

    private final Background<SchemaCheck> schemaCheck = descriptorSchema();
    private final Limits limits;

    /** A loader with the {@linkplain Limits#DEFAULTS default limits}. */
    public DescriptorLoader() {
        this(Limits.DEFAULTS);
    }

    public DescriptorLoader(Limits limits) {
        this.limits = limits;
    }

    /**
     * Starts setting up the check against the descriptor schema on a thread of its own, if that has not started yet,
     * for a caller with other work to do before it loads a descriptor. Every loader shares that one check: it is a
     * good part of the start-up of a one-file run, and holds no state of a run.
     */
    public static void prepare() {
        descriptorSchema();
    }

    private static synchronized Background<SchemaCheck> descriptorSchema() {
        if (descriptorSchema == null) {
            descriptorSchema = Background.start("topolint-schema", SchemaCheck::new);
        }
        return descriptorSchema;
    }

    /**
     * Loads one descriptor.
     *
     * @param file the name the descriptor is reported under
     * @throws DescriptorException with every problem found, in file order
     */
    public LoadedDescriptor load(String file, String text) throws DescriptorException {
        YamlTreeReader.Tree tree = YamlTreeReader.read(file, text, limits);
        List<Problem> schemaProblems = schemaCheck.get().check(file, tree.root(), tree.sourceMap());
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
