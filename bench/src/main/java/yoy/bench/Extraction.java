package yoy.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import yoy.corpus.CorpusReader;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.pipeline.Jobs;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.pipeline.ShiftedCorpus;

/**
 * Extraction throughput through the pipeline, on one thread and on all cores: each operation extracts
 * about 10 MB made from the corpus (the seeds by default) with its years shifted, as {@code yoy bench}
 * does. The {@code megabytes} counter is the figure to read: MB extracted per second.
 *
 * <p>Paths are relative to the folder JMH is started from (scripts/bench.sh starts it at the root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Extraction {

    @Param("seeds")
    public String corpus;

    @Param("indicators.yaml")
    public String indicators;

    @Param("10")
    public int megabytesPerOperation;

    private Pipeline oneThread;
    private Pipeline allThreads;
    private ShiftedCorpus.Source source;

    @Setup(Level.Trial)
    public void setUp() {
        IndicatorSet set = IndicatorLoader.load(Path.of(indicators));
        oneThread = new Pipeline(set, RunFilter.all(), 1);
        allThreads = new Pipeline(set, RunFilter.all(), Jobs.all());
        source = new ShiftedCorpus(new CorpusReader(Path.of(corpus), notice -> { }))
                .repeated(megabytesPerOperation * 1_000_000L);
    }

    /** Megabytes done, reported by JMH per second of measurement. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Megabytes {
        public double megabytes;
    }

    @Benchmark
    public int oneThread(Megabytes done) {
        int found = oneThread.run(source).observations().size();
        done.megabytes += source.bytes() / 1e6;
        return found;
    }

    @Benchmark
    public int allThreads(Megabytes done) {
        int found = allThreads.run(source).observations().size();
        done.megabytes += source.bytes() / 1e6;
        return found;
    }
}
