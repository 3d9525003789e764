package yoy.synth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.corpus.CorpusReader;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.pipeline.RunResult;

/**
 * Extraction on a synthetic corpus, scored against its ground truth (see {@link TruthComparison}):
 * precision and recall must both reach 0.99. The corpus is written to disk and read back through the
 * corpus reader and the manifest, as {@code yoy synth} and {@code yoy extract} do.
 */
class SynthAccuracyTest {

    static final int DOCS = Integer.getInteger("yoy.synth.docs", 300);
    static final long SEED = Long.getLong("yoy.synth.seed", 7);

    @Test
    void precisionAndRecallReach99Percent(@TempDir Path dir) throws IOException {
        IndicatorSet indicators = IndicatorLoader.load(Path.of("../indicators.yaml"));
        SynthCorpus.Summary written = new SynthCorpus(indicators).write(dir, DOCS, SEED, null);
        RunResult run = new Pipeline(indicators, RunFilter.all()).run(new CorpusReader(dir, s -> { }));
        List<TruthRow> truth;
        try (Reader in = Files.newBufferedReader(dir.resolve(SynthCorpus.TRUTH), StandardCharsets.UTF_8)) {
            truth = TruthCsv.read(in, "truth.csv");
        }
        TruthComparison.Result r = TruthComparison.compare(truth, run.observations());
        System.out.println(String.format(Locale.ROOT, "synth %d docs, %.1f MB, %d figures: %s", written.documents(),
                written.bytes() / 1e6, written.figures(), r.summary()));
        r.missed().forEach(m -> System.out.println("  missed   " + m));
        r.spurious().forEach(s -> System.out.println("  spurious " + s));
        assertTrue(r.precision() >= 0.99 && r.recall() >= 0.99, r.summary());
    }
}
