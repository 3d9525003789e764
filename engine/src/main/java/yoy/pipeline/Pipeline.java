package yoy.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.extract.Extractor;
import yoy.extract.RegexGuard;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Observation;

/**
 * Reads a corpus and extracts its observations, streaming: each file is read once, described, searched and
 * dropped, on {@code jobs} threads with a bounded number of files in flight (see {@link DocumentSource#read}), so
 * reading overlaps extraction and memory holds a few texts and the (small) observations. Results are gathered in
 * file order and sorted, so the output is the same whatever the number of threads.
 */
public final class Pipeline {

    private final IndicatorSet indicators;
    private final RunFilter filter;
    private final Function<Document, List<Observation>> extraction;
    private final int jobs;

    /** A pipeline on all cores. */
    public Pipeline(IndicatorSet indicators, RunFilter filter) {
        this(indicators, filter, Jobs.all());
    }

    public Pipeline(IndicatorSet indicators, RunFilter filter, int jobs) {
        this.filter = filter;
        this.indicators = filter.select(indicators);
        // Every indicator competes for each number, whatever the filter keeps: --indicator must not change which
        // indicator a number goes to, only which figures are shown.
        this.extraction = new Extractor(indicators)::extract;
        this.jobs = Jobs.of(jobs);
    }

    /** A pipeline with its own extraction step, on one thread (for tests and experiments). */
    public Pipeline(IndicatorSet indicators, RunFilter filter, Function<Document, List<Observation>> extraction) {
        this(indicators, filter, extraction, 1);
    }

    /** A pipeline with its own extraction step, which must be thread-safe when {@code jobs} is above 1. */
    public Pipeline(IndicatorSet indicators, RunFilter filter, Function<Document, List<Observation>> extraction,
            int jobs) {
        this.filter = filter;
        this.indicators = filter.select(indicators);
        this.extraction = extraction;
        this.jobs = Jobs.of(jobs);
    }

    /** The indicators this pipeline looks for, after the filter. */
    public IndicatorSet indicators() {
        return indicators;
    }

    public int jobs() {
        return jobs;
    }

    /** Told once per document read, with how many are done and how many there are (for a progress bar). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void documentDone(int done, int total);
    }

    public RunResult run(CorpusReader corpus) {
        return run(DocumentSource.of(corpus, jobs), Progress.NONE);
    }

    public RunResult run(CorpusReader corpus, Progress progress) {
        return run(DocumentSource.of(corpus, jobs), progress);
    }

    public RunResult run(DocumentSource source) {
        return run(source, Progress.NONE);
    }

    public RunResult run(DocumentSource source, Progress progress) {
        Set<String> wanted = Set.copyOf(indicators.ids());
        Consumer<String> notices = RegexGuard.currentNotices();
        List<Observation> kept = new ArrayList<>();
        // Worker threads report stopped patterns where the caller's notices go.
        List<DocumentMeta> listed = source.read(new CorpusReader.Reading<>(meta -> filter.keepsCountry(meta.country()),
                doc -> notices == null ? keep(doc, wanted) : RegexGuard.reportingTo(notices, () -> keep(doc, wanted)),
                kept::addAll, progress::documentDone), jobs);
        // Only now is every document's country known: a country asked for that none is about is a usage error.
        List<DocumentMeta> documents = filter.selectDocuments(listed);
        kept.sort(ObservationOrder.of(indicators));
        return new RunResult(indicators, documents, kept, filter.years(), source.skipped());
    }

    /** Reads one document and returns its observations that pass the filter. */
    private List<Observation> keep(Document doc, Set<String> wanted) {
        List<Observation> out = new ArrayList<>();
        for (Observation o : extraction.apply(doc)) {
            if (filter.years().contains(o.year()) && wanted.contains(o.indicator())) {
                out.add(o);
            }
        }
        return out;
    }
}
