package yoy.curation;

import java.util.ArrayList;
import java.util.List;
import yoy.model.DocumentMeta;
import yoy.model.Observation;

/**
 * Figures an analyst added by hand ({@code --figures FILE.csv}): the observations, the sources they cite
 * (as document metadata, so that series and reports can name them, but never as corpus coverage) and
 * one {@code add} decision per figure.
 */
public record CuratedFigures(List<Observation> observations, List<DocumentMeta> sources, List<Decision> decisions) {

    public static final CuratedFigures NONE = new CuratedFigures(List.of(), List.of(), List.of());

    public CuratedFigures {
        observations = List.copyOf(observations);
        sources = List.copyOf(sources);
        decisions = List.copyOf(decisions);
        if (decisions.size() != observations.size()) {
            throw new IllegalArgumentException("one decision per curated figure");
        }
    }

    /**
     * The extracted figures a curated figure outranks: same indicator, measure and event year (yearly
     * figures only) but a different claim. They stay in the observations; the series shows the curated one.
     */
    public List<Decision> superseded(List<Observation> extracted) {
        List<Decision> out = new ArrayList<>();
        for (Observation e : extracted) {
            if (e.period().isCumulative()) {
                continue;
            }
            Decision by = null;
            boolean agrees = false;
            for (int i = 0; i < observations.size(); i++) {
                Observation c = observations.get(i);
                if (c.indicator().equals(e.indicator()) && c.measure().equals(e.measure()) && c.year() == e.year()
                        && !c.period().isCumulative()) {
                    agrees |= c.interval().equals(e.interval()) && c.period().equals(e.period());
                    by = by == null ? decisions.get(i) : by;
                }
            }
            if (by != null && !agrees) {
                out.add(new Decision(e.indicator(), e.measure(), e.year(), e.doc(), Decision.Action.SUPERSEDE,
                        e.interval(), by.after(), "a curated figure for the year wins (" + by.doc() + ")", by.origin()));
            }
        }
        return out;
    }
}
