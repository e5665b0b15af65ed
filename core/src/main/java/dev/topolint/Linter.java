package dev.topolint;

import dev.topolint.facts.TopologyFacts;
import dev.topolint.internal.engine.RaisedFinding;
import dev.topolint.internal.engine.RuleEngine;
import dev.topolint.internal.load.DescriptorFiles;
import dev.topolint.internal.load.DescriptorFiles.Candidate;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.internal.load.LoadedDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point of topolint: reads descriptors, derives facts from each topology, runs the rules
 * and returns a {@link Report}. The CLI and the Maven plugin are thin doors onto this class.
 */
public final class Linter {

    private final RuleEngine engine;
    private final Limits limits = Limits.fromSystemProperties();
    private final DescriptorLoader loader = new DescriptorLoader(limits);

    private Linter(RuleEngine engine) {
        this.engine = engine;
    }

    /**
     * A linter with the rule catalogue found on the class path (the topolint rules artifact).
     *
     * @throws IllegalStateException when no compiled rules are on the class path
     */
    public static Linter withBuiltInRules() {
        return new Linter(RuleEngine.fromClasspath(Linter.class.getClassLoader()));
    }

    /** The rules this linter runs, sorted by id. */
    public List<RuleInfo> rules() {
        return engine.rules();
    }

    /**
     * Checks descriptors. A file named directly is always read as a descriptor; a directory is walked for
     * {@code *.yaml}, {@code *.yml} and {@code *.json} files that declare {@code topolint:}, and its other
     * files are skipped.
     *
     * @throws InputPathException when a path does not exist
     */
    public Report check(List<Path> paths) throws InputPathException {
        List<String> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Candidate candidate : DescriptorFiles.expand(paths)) {
            String file = candidate.displayName();
            String text;
            try {
                text = DescriptorFiles.read(candidate, limits);
            } catch (DescriptorException e) {
                files.add(file);
                problems.addAll(e.problems());
                continue;
            }
            if (!candidate.explicit() && !DescriptorFiles.looksLikeDescriptor(text)) {
                continue;
            }
            files.add(file);
            try {
                findings.addAll(check(file, text));
            } catch (DescriptorException e) {
                problems.addAll(e.problems());
            }
        }
        return new Report(files, findings, problems, engine.rules());
    }

    /**
     * Checks one descriptor given as text.
     *
     * @param file the name to report the descriptor under
     * @throws DescriptorException when the text is not a valid descriptor
     */
    public List<Finding> check(String file, String text) throws DescriptorException {
        LoadedDescriptor loaded = loader.load(file, text);
        Set<Finding> findings = new LinkedHashSet<>();
        for (RaisedFinding raised : engine.evaluate(TopologyFacts.derive(loaded.descriptor()))) {
            RuleInfo rule = raised.rule();
            findings.add(new Finding(rule.id(), rule.severity(), raised.target(), file, raised.path(),
                    loaded.sourceMap().regionOf(raised.path()), raised.message()));
        }
        return findings.stream().sorted().toList();
    }
}
