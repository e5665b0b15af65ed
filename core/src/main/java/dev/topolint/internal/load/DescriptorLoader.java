package dev.topolint.internal.load;

import dev.topolint.DescriptorException;
import dev.topolint.Limits;
import dev.topolint.Problem;
import dev.topolint.internal.Background;
import dev.topolint.model.Descriptor;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a descriptor in three steps, each refusing what the next cannot handle: YAML or JSON syntax, the
 * JSON Schema, then unique ids and resolvable references. Every problem carries the file, line and column. A
 * large descriptor is checked against the schema on a second thread while its model is built, and the model is
 * kept only if the schema passes it.
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
        SchemaCheck schema = schemaCheck.get();
        Supplier<List<Problem>> schemaProblems;
        if (text.length() < YamlTreeReader.LARGE_TEXT) {
            List<Problem> problems = schema.check(file, tree.root(), tree.sourceMap());
            if (!problems.isEmpty()) {
                throw new DescriptorException(problems);
            }
            schemaProblems = List::of;
        } else {
            schemaProblems = Background.start("topolint-schema-check",
                    () -> schema.check(file, tree.root(), tree.sourceMap()))::get;
        }
        Descriptor descriptor = null;
        List<Problem> referenceProblems = List.of();
        RuntimeException unchecked = null;
        try {
            descriptor = ModelBuilder.build(file, tree.root());
            referenceProblems = ReferenceCheck.check(descriptor, tree.sourceMap());
        } catch (RuntimeException e) {
            // A large tree's model is built before the schema has passed it: what a tree the schema refuses breaks
            // here is the schema's to report.
            unchecked = e;
        }
        List<Problem> problems = schemaProblems.get();
        if (!problems.isEmpty()) {
            throw new DescriptorException(problems);
        }
        if (unchecked != null) {
            throw unchecked;
        }
        if (!referenceProblems.isEmpty()) {
            throw new DescriptorException(referenceProblems.stream().sorted().toList());
        }
        return new LoadedDescriptor(descriptor, tree.sourceMap(),
                DeclaredSuppressions.of(file, tree.root(), tree.sourceMap()));
    }
}
