package yoy.extract;

import java.util.List;
import yoy.corpus.Document;
import yoy.indicators.IndicatorSet;
import yoy.model.Observation;

/** Finds the figures of every indicator in one document. Thread-safe; holds no per-document state. */
public final class Extractor {

    private final IndicatorSet indicators;

    public Extractor(IndicatorSet indicators) {
        this.indicators = indicators;
    }

    /** Observations in document order (by number offset, then indicator file order, then measure). */
    public List<Observation> extract(Document doc) {
        return List.of();
    }
}
