package yoy.curation;

import java.util.ArrayList;
import java.util.List;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.model.Observation;

/**
 * Applies human overrides to extracted figures. Human decisions win: a rejected figure leaves the
 * observations, a corrected one takes the stated interval. An override whose target no longer exists
 * (the text or the extractor changed) fails the run with exit code 65 rather than being silently ignored.
 */
public final class Overrides {

    public record Result(List<Observation> observations, List<Decision> decisions) {
        public Result {
            observations = List.copyOf(observations);
            decisions = List.copyOf(decisions);
        }
    }

    private Overrides() {
    }

    public static Result apply(List<Override> overrides, List<Observation> observations) {
        List<Observation> kept = new ArrayList<>(observations);
        List<Decision> decisions = new ArrayList<>();
        for (Override o : overrides) {
            boolean found = false;
            for (int i = 0; i < kept.size(); i++) {
                Observation obs = kept.get(i);
                if (obs == null || !targets(o, obs)) {
                    continue;
                }
                found = true;
                Observation after = o.action() == Override.Action.REJECT ? null : corrected(obs, o);
                decisions.add(decision(o, obs, after));
                kept.set(i, after);
            }
            if (!found) {
                throw new YoyException(ExitCode.DATA, YoyException.at(o.file(), o.line(), o.col(),
                        "stale override: no extracted figure " + o.target() + " any more",
                        "check the document and update or remove this override"));
            }
        }
        return new Result(kept.stream().filter(java.util.Objects::nonNull).toList(), decisions);
    }

    static boolean targets(Override o, Observation obs) {
        return obs.indicator().equals(o.indicator()) && obs.measure().equals(o.measure()) && obs.year() == o.year()
                && obs.doc().equals(o.doc()) && obs.interval().pointEstimate() == o.value();
    }

    private static Decision decision(Override o, Observation before, Observation after) {
        return new Decision(o.indicator(), o.measure(), o.year(), o.doc(),
                o.action() == Override.Action.REJECT ? Decision.Action.REJECT : Decision.Action.CORRECT,
                before.interval(), after == null ? null : after.interval(), o.reason(),
                o.file() + ":" + o.line() + ":" + o.col());
    }

    private static Observation corrected(Observation obs, Override o) {
        return new Observation(obs.indicator(), obs.measure(), obs.year(), o.correction(), obs.period(), obs.publisher(),
                obs.source(), obs.numberStart(), obs.numberEnd(), obs.cues());
    }
}
