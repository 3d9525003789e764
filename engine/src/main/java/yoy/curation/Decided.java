package yoy.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import yoy.model.DocumentMeta;
import yoy.model.Observation;
import yoy.pipeline.ObservationOrder;
import yoy.pipeline.RunResult;

/**
 * A run after the human decisions: overrides applied to the extracted figures, curated figures added
 * (those of the run's indicators and years), and every decision listed in the order it was taken:
 * overrides, additions, then extracted figures superseded by curated ones.
 * {@code curatedSources} name the sources of curated figures, which are not corpus documents.
 */
public record Decided(RunResult run, List<DocumentMeta> curatedSources, List<Decision> decisions) {

    public Decided {
        curatedSources = List.copyOf(curatedSources);
        decisions = List.copyOf(decisions);
    }

    public static Decided of(RunResult extracted, List<Override> overrides, CuratedFigures curated) {
        Overrides.Result overridden = Overrides.apply(overrides, extracted.observations());
        Set<String> ids = Set.copyOf(extracted.indicators().ids());
        List<Observation> added = new ArrayList<>();
        List<Decision> additions = new ArrayList<>();
        for (int i = 0; i < curated.observations().size(); i++) {
            Observation o = curated.observations().get(i);
            if (ids.contains(o.indicator()) && extracted.years().contains(o.year())) {
                added.add(o);
                additions.add(curated.decisions().get(i));
            }
        }
        CuratedFigures kept = new CuratedFigures(added, curated.sources(), additions);
        List<Decision> decisions = new ArrayList<>(overridden.decisions());
        decisions.addAll(additions);
        decisions.addAll(kept.superseded(overridden.observations()));
        List<Observation> all = new ArrayList<>(overridden.observations());
        all.addAll(added);
        all.sort(ObservationOrder.of(extracted.indicators()));
        RunResult run = new RunResult(extracted.indicators(), extracted.documents(), all, extracted.years(), extracted.skipped());
        return new Decided(run, curated.sources(), decisions);
    }
}
