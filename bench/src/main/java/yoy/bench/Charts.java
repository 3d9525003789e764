package yoy.bench;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import yoy.charts.ChartRenderer;
import yoy.corpus.CorpusReader;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.pipeline.RunResult;
import yoy.series.IndicatorSeries;
import yoy.series.SeriesBuilder;

/**
 * Time to render one chart, as {@code report} writes three per indicator: the PNG at 1x and 2x and
 * the SVG. The series is a typical one: of the series the corpus (the seeds by default) gives, the
 * one with the most measures and years.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Charts {

    @Param("seeds")
    public String corpus;

    @Param("indicators.yaml")
    public String indicators;

    private IndicatorSeries series;

    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty("java.awt.headless", "true");
        IndicatorSet set = IndicatorLoader.load(Path.of(indicators));
        RunResult run = new Pipeline(set, RunFilter.all(), 1).run(new CorpusReader(Path.of(corpus), notice -> { }));
        List<IndicatorSeries> all = new SeriesBuilder(run.indicators()).build(run.documents(), run.observations());
        series = all.stream()
                .max(Comparator.<IndicatorSeries>comparingInt(s -> s.measures().size())
                        .thenComparingInt(s -> s.toYear() - s.fromYear()))
                .orElseThrow();
    }

    @Benchmark
    public byte[] png() {
        return ChartRenderer.png(series, 1);
    }

    @Benchmark
    public byte[] png2x() {
        return ChartRenderer.png(series, 2);
    }

    @Benchmark
    public byte[] svg() {
        return ChartRenderer.svg(series);
    }
}
