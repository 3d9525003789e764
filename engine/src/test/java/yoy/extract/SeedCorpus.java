package yoy.extract;

import java.nio.file.Path;
import java.util.List;
import yoy.corpus.CorpusReader;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.Observation;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;

/**
 * The seed reports with their manifest and the real indicators.yaml, run through the whole pipeline
 * (corpus reader, extraction). Maven runs tests from the module folder, so the repository root is "..".
 */
final class SeedCorpus {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private SeedCorpus() {
    }

    static IndicatorSet indicators() {
        return IndicatorLoader.load(ROOT.resolve("indicators.yaml"));
    }

    static List<Observation> extractAll() {
        return new Pipeline(indicators(), RunFilter.all())
                .run(new CorpusReader(ROOT.resolve("seeds"), notice -> { }))
                .observations();
    }
}
