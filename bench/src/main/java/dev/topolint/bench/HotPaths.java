package dev.topolint.bench;

import dev.topolint.DescriptorException;
import dev.topolint.facts.TopologyFacts;
import dev.topolint.internal.engine.RaisedFinding;
import dev.topolint.internal.engine.RuleEngine;
import dev.topolint.internal.load.DescriptorLoader;
import dev.topolint.internal.load.LoadedDescriptor;
import dev.topolint.model.Descriptor;
import dev.topolint.samples.SyntheticEstate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three steps of a check, each over a synthetic estate: loading (YAML, schema, references), deriving facts
 * (the graph analysis) and evaluating the rules. Comparing two sizes shows whether a step stays linear.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

    @Param({"1000", "10000"})
    private int hosts;

    private final DescriptorLoader loader = new DescriptorLoader();
    private RuleEngine engine;
    private String text;
    private Descriptor descriptor;
    private List<Object> facts;

    @Setup(Level.Trial)
    public void prepare() throws DescriptorException {
        engine = RuleEngine.fromClasspath(HotPaths.class.getClassLoader());
        text = SyntheticEstate.of(hosts);
        descriptor = loader.load("estate.yaml", text).descriptor();
        facts = TopologyFacts.derive(descriptor);
    }

    @Benchmark
    public LoadedDescriptor load() throws DescriptorException {
        return loader.load("estate.yaml", text);
    }

    @Benchmark
    public List<Object> deriveFacts() {
        return TopologyFacts.derive(descriptor);
    }

    @Benchmark
    public List<RaisedFinding> evaluateRules() {
        return engine.evaluate(facts);
    }
}
