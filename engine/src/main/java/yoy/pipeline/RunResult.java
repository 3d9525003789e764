package yoy.pipeline;

import java.util.List;
import yoy.corpus.Skipped;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Observation;
import yoy.series.YearRange;

/**
 * What a run found: the indicators it looked for (after filtering), the metadata of every document it
 * read, the observations in {@link ObservationOrder}, and the reports left out as unreadable (when told to keep going).
 */
public record RunResult(IndicatorSet indicators, List<DocumentMeta> documents, List<Observation> observations, YearRange years,
        List<Skipped> skipped) {

    public RunResult {
        if (indicators == null || years == null) {
            throw new IllegalArgumentException("indicators and years are required");
        }
        documents = List.copyOf(documents);
        observations = List.copyOf(observations);
        skipped = List.copyOf(skipped == null ? List.of() : skipped);
    }

    /** A run that skipped no report. */
    public RunResult(IndicatorSet indicators, List<DocumentMeta> documents, List<Observation> observations, YearRange years) {
        this(indicators, documents, observations, years, List.of());
    }
}
