package yoy.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import yoy.change.YearOverYear;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.indicators.Measure;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.SourceSpan;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesBuilder;
import yoy.stats.TrendAnalysis;

/**
 * Series and statistics for 1,000 measure series: 100 generated indicators of 10 measures each, over
 * 30 yearly reports with about two figures per measure and year (some years missing, some figures
 * reported twice), through {@link SeriesBuilder}, {@link YearOverYear} and {@link TrendAnalysis}.
 * One operation is the whole 1,000; the score is the time per 1,000 series. Seeded: the same data on
 * every run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SeriesAndStatistics {

    static final int INDICATORS = 100;
    static final int MEASURES = 10;
    static final int FIRST_YEAR = 1996;
    static final int YEARS = 30;

    private IndicatorSet set;
    private List<DocumentMeta> documents;
    private List<Observation> observations;

    @Setup(Level.Trial)
    public void setUp() {
        set = IndicatorLoader.parse("generated.yaml", yaml().getBytes(StandardCharsets.UTF_8));
        documents = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            documents.add(new DocumentMeta(String.format("r%02d.txt", y), "Report", "Publisher", "Country",
                    FIRST_YEAR + y, "", "", ""));
        }
        observations = observations(new Random(1));
    }

    private static String yaml() {
        StringBuilder sb = new StringBuilder("version: 1\nindicators:\n");
        for (int i = 0; i < INDICATORS; i++) {
            sb.append("  - id: ind").append(i).append('\n')
                    .append("    title: Indicator ").append(i).append('\n')
                    .append("    unit: people\n")
                    .append("    description: Generated for the benchmark.\n")
                    .append("    reconcile: max\n")
                    .append("    measures:\n");
            for (int m = 0; m < MEASURES; m++) {
                sb.append("      - id: m").append(m).append('\n')
                        .append("        nouns: [people]\n")
                        .append("        cues: [cue").append(m).append("]\n");
            }
        }
        return sb.toString();
    }

    private List<Observation> observations(Random random) {
        List<Observation> out = new ArrayList<>();
        for (DocumentMeta doc : documents) {
            int offset = 0;
            for (Indicator ind : set.indicators()) {
                for (Measure m : ind.measures()) {
                    if (random.nextInt(10) == 0) {
                        continue; // not reported this year
                    }
                    int figures = 1 + random.nextInt(2);
                    for (int f = 0; f < figures; f++) {
                        int value = 10 + random.nextInt(500);
                        String quote = "quote " + offset;
                        SourceSpan span = new SourceSpan(doc.file(), offset, offset + quote.length(), quote);
                        out.add(new Observation(ind.id(), m.id(), doc.coverageYear(), Interval.exact(value),
                                Period.year(doc.coverageYear()), doc.publisher(), span, offset, offset + 1,
                                List.of("cue")));
                        offset += 100;
                    }
                }
            }
        }
        return out;
    }

    @Benchmark
    public void thousandSeries(Blackhole sink) {
        List<IndicatorSeries> series = new SeriesBuilder(set).build(documents, observations);
        sink.consume(YearOverYear.of(series));
        for (IndicatorSeries s : series) {
            for (MeasureSeries m : s.measures()) {
                sink.consume(TrendAnalysis.analyse(m));
            }
        }
    }
}
