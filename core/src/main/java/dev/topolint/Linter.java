package dev.topolint;

import dev.topolint.config.Configuration;
import dev.topolint.config.Policy;
import dev.topolint.design.DesignNarrator;
import dev.topolint.design.DesignSummary;
import dev.topolint.facts.TopologyFacts;
import dev.topolint.internal.Background;
import dev.topolint.internal.engine.Places;
import dev.topolint.internal.engine.RaisedFinding;
import dev.topolint.internal.engine.RuleEngine;
import dev.topolint.internal.load.DescriptorFiles;
import dev.topolint.internal.load.DescriptorFiles.Candidate;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.internal.load.LoadedDescriptor;
import dev.topolint.model.Descriptor;
import dev.topolint.suppress.SuppressedFinding;
import dev.topolint.suppress.Suppressions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The one entry point of topolint: reads descriptors, derives facts from each topology, runs the rules
 * and returns a {@link Report}. The CLI and the Maven plugin are thin doors onto this class.
 */
public final class Linter {

    private static final Set<String> GOVERNANCE = Suppressions.RULES.stream().map(RuleInfo::id)
            .collect(Collectors.toSet());

    private static Background<RuleEngine> builtInRules;

    /**
     * From this length of text on, the heap is collected in full once the descriptor is loaded. The tree it was
     * read into, several times the text's size, is then dead, but it has been promoted, and the old generation
     * would grow by the facts and the rule session on top of it: at 100,000 hosts the peak fell from 1,018 to
     * 774 MiB, in the same time.
     */
    private static final int COLLECTED_AFTER_LOADING = 1 << 20;

    private final Background<RuleEngine> engine;
    private final Limits limits;
    private final DescriptorLoader loader;
    private final boolean summarisesDesigns;
    private final Policy policy;

    private Linter(Background<RuleEngine> engine, Limits limits, DescriptorLoader loader, boolean summarisesDesigns,
                   Policy policy) {
        this.engine = engine;
        this.limits = limits;
        this.loader = loader;
        this.summarisesDesigns = summarisesDesigns;
        this.policy = policy;
    }

    private Linter with(boolean summarisesDesigns, Policy policy) {
        return new Linter(engine, limits, loader, summarisesDesigns, policy);
    }

    /**
     * A linter with the rule catalogue found on the class path (the topolint rules artifact). Every such linter shares
     * one rule base, built on a thread of its own from the first call of this method or of
     * {@link #prepareBuiltInRules()}; its first use waits for it and, when no compiled rules are on the class path,
     * throws {@link IllegalStateException}.
     */
    public static Linter withBuiltInRules() {
        Limits limits = Limits.fromSystemProperties();
        return new Linter(builtInRules(), limits, new DescriptorLoader(limits), false, Policy.DEFAULT);
    }

    /**
     * Starts building what every linter with the built-in rules shares, the rule base and the schema check, on threads
     * of their own if that has not started yet: for a caller that has other work to do before it checks anything,
     * such as reading its options. The threads take the caller's context class loader.
     */
    public static void prepareBuiltInRules() {
        builtInRules();
        DescriptorLoader.prepare();
    }

    /**
     * The rule base of the rules on the class path, built once: it is the largest part of the start-up of a one-file
     * run, and the same for every linter, in every module of a Maven build.
     */
    private static synchronized Background<RuleEngine> builtInRules() {
        if (builtInRules == null) {
            builtInRules = Background.start("topolint-rules",
                    () -> RuleEngine.fromClasspath(Linter.class.getClassLoader()));
        }
        return builtInRules;
    }

    /** This linter, also writing a design summary of each valid descriptor into its reports. */
    public Linter summarisingDesigns() {
        return with(true, policy);
    }

    /**
     * This linter, judging as a configuration file says.
     *
     * @throws DescriptorException naming, at its position, each rule the configuration sets that does not exist
     */
    public Linter configuredBy(Configuration configuration) throws DescriptorException {
        // Asked only of a configuration that names rules, so that the others need not wait for the rule base.
        Set<String> known = configuration.ruleRegions().isEmpty() ? Set.of()
                : engine.get().rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<Problem> unknown = configuration.ruleRegions().entrySet().stream()
                .filter(entry -> !known.contains(entry.getKey()))
                .map(entry -> new Problem(configuration.file(), entry.getValue(), "unknown rule '" + entry.getKey()
                        + "'; 'topolint rules' lists them"))
                .sorted().toList();
        if (!unknown.isEmpty()) {
            throw new DescriptorException(unknown);
        }
        return with(summarisesDesigns, new Policy(configuration, policy.inlineSuppressions(), policy.today()));
    }

    /** This linter, for teams that accept findings only in the reviewed configuration file. */
    public Linter disallowingInlineSuppressions() {
        return with(summarisesDesigns, new Policy(policy.configuration(), false, policy.today()));
    }

    /** This linter, judging the expiry of suppressions on a given day rather than the day of the run. */
    public Linter judgedOn(LocalDate day) {
        return with(summarisesDesigns, new Policy(policy.configuration(), policy.inlineSuppressions(), day));
    }

    /** The rules this linter runs, at the severity it reports them, sorted by id. */
    public List<RuleInfo> rules() {
        return policy.rules(engine.get().rules());
    }

    /**
     * Checks descriptors. A file named directly is always read as a descriptor; a directory is walked for
     * {@code *.yaml}, {@code *.yml} and {@code *.json} files that declare {@code topolint:}, and its other
     * files are skipped.
     *
     * @throws InputPathException when a path does not exist
     */
    public Report check(List<Path> paths) throws InputPathException {
        return report(inParallel(DescriptorFiles.expand(paths)));
    }

    /**
     * Compares versions of descriptors: the report holds the findings the changes introduce, each where it stands
     * after the change, and those they resolve, each where it stood before. Findings are matched by fingerprint,
     * so reformatting a descriptor or moving a component introduces and resolves nothing. When a version cannot
     * be read, the report holds its problems and no findings.
     */
    public Report diff(List<DescriptorChange> changes) {
        List<DescriptorVersion> before = changes.stream().map(DescriptorChange::before)
                .filter(Objects::nonNull).toList();
        Map<String, String> renamed = new HashMap<>();
        changes.stream().filter(change -> change.before() != null)
                .forEach(change -> renamed.put(change.before().file(), change.after().file()));
        return ReportDiff.between(report(before.stream().map(this::check).toList()),
                report(changes.stream().map(change -> check(change.after())).toList()), renamed);
    }

    private Outcome check(DescriptorVersion version) {
        if (version.path() != null) {
            return check(new Candidate(version.path(), true, null));
        }
        try {
            return check(version.file(), DescriptorFiles.decode(version.file(), version.content(), limits), true);
        } catch (DescriptorException e) {
            return Outcome.problems(version.file(), e.problems());
        }
    }

    /** The report of a run from what checking each of its files gave. */
    private Report report(List<Outcome> outcomes) {
        List<String> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Descriptor> descriptors = new ArrayList<>();
        List<DesignSummary> designs = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome == Outcome.SKIPPED) {
                continue;
            }
            files.add(outcome.file());
            problems.addAll(outcome.problems());
            if (outcome.checked() != null) {
                descriptors.add(outcome.descriptor());
                findings.addAll(outcome.checked().findings());
                suppressed.addAll(outcome.checked().suppressed());
                if (summarisesDesigns) {
                    designs.add(outcome.checked().design());
                }
            }
        }
        Suppressions.Outcome accepted = policy.acrossRun(findings);
        suppressed.addAll(accepted.suppressed());
        List<RuleInfo> rules = new ArrayList<>(rules());
        if (!suppressed.isEmpty() || accepted.reported().stream().anyMatch(f -> GOVERNANCE.contains(f.ruleId()))) {
            // Suppressions were judged in this run: the rules that keep them honest ran too.
            rules.addAll(Suppressions.RULES);
        }
        return new Report(files, accepted.reported(), problems, rules, descriptors, designs, suppressed);
    }

    /**
     * What checking one candidate file gave: the descriptor and what was found in it, or the problems that stopped
     * it being checked; {@link #SKIPPED} when it is not a descriptor.
     */
    private record Outcome(String file, Descriptor descriptor, Checked checked, List<Problem> problems) {
        static final Outcome SKIPPED = new Outcome(null, null, null, List.of());

        static Outcome problems(String file, List<Problem> problems) {
            return new Outcome(file, null, null, problems);
        }
    }

    /** Checks the candidates on all cores and gathers the outcomes in the given order: descriptors are independent. */
    private List<Outcome> inParallel(List<Candidate> candidates) {
        if (candidates.size() < 2) {
            return candidates.stream().map(this::check).toList();
        }
        int cores = Math.min(candidates.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(cores, Background.threads("topolint-check"));
        try {
            List<Future<Outcome>> futures = candidates.stream().map(c -> pool.submit(() -> check(c))).toList();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(Background.joined(future));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome check(Candidate candidate) {
        String file = candidate.displayName();
        String text;
        try {
            text = DescriptorFiles.read(candidate, limits);
        } catch (DescriptorException e) {
            return Outcome.problems(file, e.problems());
        }
        return check(file, text, candidate.explicit());
    }

    private Outcome check(String file, String text, boolean explicit) {
        if (!explicit && !DescriptorFiles.looksLikeDescriptor(text)) {
            return Outcome.SKIPPED;
        }
        try {
            LoadedDescriptor loaded = load(file, text);
            return new Outcome(file, loaded.descriptor(), check(loaded, text), List.of());
        } catch (DescriptorException e) {
            return Outcome.problems(file, e.problems());
        }
    }

    /** Loads a descriptor; see {@link #COLLECTED_AFTER_LOADING}. */
    private LoadedDescriptor load(String file, String text) throws DescriptorException {
        LoadedDescriptor loaded = loader.load(file, text);
        if (text.length() >= COLLECTED_AFTER_LOADING) {
            System.gc();
        }
        return loaded;
    }

    /**
     * Checks one descriptor given as text.
     *
     * @param file the name to report the descriptor under
     * @throws DescriptorException when the text is not a valid descriptor
     */
    public List<Finding> check(String file, String text) throws DescriptorException {
        return check(load(file, text), text).findings();
    }

    /**
     * What one descriptor gave: the findings that stand, those its comments suppressed, and its design summary
     * when this linter writes them.
     */
    private record Checked(List<Finding> findings, List<SuppressedFinding> suppressed, DesignSummary design) {
    }

    private Checked check(LoadedDescriptor loaded, String text) {
        String file = loaded.descriptor().file();
        Places places = new Places(loaded.descriptor(), loaded.sourceMap());
        List<Object> facts = TopologyFacts.derive(loaded.descriptor());
        Set<Finding> findings = new LinkedHashSet<>();
        for (RaisedFinding raised : engine.get().evaluate(facts)) {
            RuleInfo rule = raised.rule();
            Finding finding = policy.adjusted(new Finding(rule.id(), rule.severity(), raised.target(), file,
                    raised.path(), loaded.sourceMap().regionOf(raised.path()), raised.message(),
                    places.resolve(raised.related()), flow(raised, places)));
            if (finding != null) {
                findings.add(finding);
            }
        }
        Suppressions.Outcome inline = policy.inFile(file, text, loaded.suppressions(),
                findings.stream().sorted().toList());
        DesignSummary design = summarisesDesigns
                ? DesignNarrator.summarise(loaded.descriptor(), facts, loaded.sourceMap()::regionOf) : null;
        return new Checked(inline.reported(), inline.suppressed(), design);
    }

    /** The rule's flow, closed by the finding's own declaration when the rule did not place it in the flow. */
    private static List<Place> flow(RaisedFinding raised, Places places) {
        if (raised.flow().isEmpty()) {
            return List.of();
        }
        List<Place> steps = new ArrayList<>(places.resolve(raised.flow()));
        if (steps.stream().noneMatch(step -> step.path().equals(raised.path()))) {
            steps.addAll(places.resolve(List.of(raised.path())));
        }
        return steps;
    }
}
