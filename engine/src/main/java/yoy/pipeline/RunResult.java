package yoy.pipeline;

import java.util.List;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Observation;
import yoy.series.YearRange;

/**
 * What a run found: the indicators it looked for (after filtering), the metadata of every document it
 * read, and the observations in {@link ObservationOrder}.
 */
public record RunResult(IndicatorSet indicators, List<DocumentMeta> documents, List<Observation> observations, YearRange years) {

    public RunResult {
        if (indicators == null || years == null) {
            throw new IllegalArgumentException("indicators and years are required");
        }
        documents = List.copyOf(documents);
        observations = List.copyOf(observations);
    }
}
