package yoy.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import yoy.concurrent.InOrder;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.extract.Extractor;
import yoy.extract.RegexGuard;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Observation;

/**
 * Reads a corpus and extracts its observations, streaming: each text is read, searched and dropped, on
 * {@code jobs} threads with a bounded number of documents in flight (batches of {@link #BATCH}, see
 * {@link InOrder}), so memory holds a few texts and the (small) observations. Results are gathered in file
 * order and sorted, so the output is the same whatever the number of threads.
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
        List<DocumentMeta> documents = filter.selectDocuments(source.documents());
        Set<String> wanted = Set.copyOf(indicators.ids());
        Consumer<String> notices = RegexGuard.currentNotices();
        List<Observation> kept = new ArrayList<>();
        int[] done = {0};
        InOrder.run(batches(documents), jobs, batch -> {
            List<List<Observation>> found = new ArrayList<>(batch.size());
            for (DocumentMeta meta : batch) {
                // Worker threads report stopped patterns where the caller's notices go.
                found.add(notices == null ? keep(source, meta, wanted)
                        : RegexGuard.reportingTo(notices, () -> keep(source, meta, wanted)));
            }
            return found;
        }, found -> {
            for (List<Observation> observations : found) {
                kept.addAll(observations);
                progress.documentDone(++done[0], documents.size());
            }
        });
        kept.sort(ObservationOrder.of(indicators));
        return new RunResult(indicators, documents, kept, filter.years(), source.skipped());
    }

    /**
     * Documents handed to a thread at a time. One by one, every short report (a country chapter is 10 to 50 KB)
     * cost a hand-over that woke the gathering thread on a busy core, every tenth of a millisecond.
     */
    static final int BATCH = 8;

    /** The documents in consecutive groups of {@link #BATCH} (one group when on one thread). */
    private List<List<DocumentMeta>> batches(List<DocumentMeta> documents) {
        if (jobs == 1) {
            return List.of(documents);
        }
        List<List<DocumentMeta>> out = new ArrayList<>();
        for (int k = 0; k < documents.size(); k += BATCH) {
            out.add(documents.subList(k, Math.min(documents.size(), k + BATCH)));
        }
        return out;
    }

    /** Reads one document and returns its observations that pass the filter. */
    private List<Observation> keep(DocumentSource source, DocumentMeta meta, Set<String> wanted) {
        Document doc = source.read(meta);
        List<Observation> out = new ArrayList<>();
        for (Observation o : extraction.apply(doc)) {
            if (filter.years().contains(o.year()) && wanted.contains(o.indicator())) {
                out.add(o);
            }
        }
        return out;
    }
}
