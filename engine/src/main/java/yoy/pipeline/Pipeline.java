package yoy.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.extract.Extractor;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Observation;

/**
 * Reads a corpus and extracts its observations, one document at a time: each text is read, searched
 * and dropped before the next is read, so memory holds one text and the (small) observations.
 */
public final class Pipeline {

    private final IndicatorSet indicators;
    private final RunFilter filter;
    private final Function<Document, List<Observation>> extraction;

    public Pipeline(IndicatorSet indicators, RunFilter filter) {
        this.filter = filter;
        this.indicators = filter.select(indicators);
        this.extraction = new Extractor(this.indicators)::extract;
    }

    /** A pipeline with its own extraction step (for tests and experiments). */
    public Pipeline(IndicatorSet indicators, RunFilter filter, Function<Document, List<Observation>> extraction) {
        this.filter = filter;
        this.indicators = filter.select(indicators);
        this.extraction = extraction;
    }

    /** The indicators this pipeline looks for, after the filter. */
    public IndicatorSet indicators() {
        return indicators;
    }

    /** Told once per document read, with how many are done and how many there are (for a progress bar). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void documentDone(int done, int total);
    }

    public RunResult run(CorpusReader corpus) {
        return run(DocumentSource.of(corpus), Progress.NONE);
    }

    public RunResult run(CorpusReader corpus, Progress progress) {
        return run(DocumentSource.of(corpus), progress);
    }

    public RunResult run(DocumentSource source) {
        return run(source, Progress.NONE);
    }

    public RunResult run(DocumentSource source, Progress progress) {
        List<DocumentMeta> documents = filter.selectDocuments(source.documents());
        Set<String> wanted = Set.copyOf(indicators.ids());
        List<Observation> kept = new ArrayList<>();
        int done = 0;
        for (DocumentMeta meta : documents) {
            Document doc = source.read(meta);
            for (Observation o : extraction.apply(doc)) {
                if (filter.years().contains(o.year()) && wanted.contains(o.indicator())) {
                    kept.add(o);
                }
            }
            progress.documentDone(++done, documents.size());
        }
        kept.sort(ObservationOrder.of(indicators));
        return new RunResult(indicators, documents, kept, filter.years());
    }
}
