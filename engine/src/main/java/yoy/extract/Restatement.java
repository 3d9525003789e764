package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Qualifier;

/**
 * Headlines round the figure that their article states exactly: "Over 560 people detained" above "564 people were
 * detained", "Thousands of protesters arrested" above "4,989 people were arrested". Such a headline figure is not a
 * second claim. A headline's figures are held until the document is read, and dropped when a later exact figure of the
 * same indicator lies within the rounding. An exact headline figure is kept: it restates nothing it could distort.
 */
final class Restatement {

    /** How far a rounded figure may lie from the figure it stands for: "over 560" for 564, "about 5,000" for 4,989. */
    private static final double ROUNDING = 0.10;

    private record Held(Observation observation, Sentence sentence, String rule, String dating) {
    }

    private final List<Held> held = new ArrayList<>();
    private final List<Observation> body = new ArrayList<>();

    /**
     * True when {@code o}, found in a headline, is held back until the body is read. Body figures are kept only once a
     * headline figure waits for them: most documents have none, and keep nothing.
     */
    boolean hold(Observation o, Sentence sentence, boolean headline, String rule, String dating) {
        if (!headline) {
            if (!held.isEmpty()) {
                body.add(o);
            }
            return false;
        }
        if (o.interval().qualifier() == Qualifier.EXACT) {
            return false;
        }
        held.add(new Held(o, sentence, rule, dating));
        return true;
    }

    boolean isEmpty() {
        return held.isEmpty();
    }

    /** Each held figure: its restated body figure, or null when it stands for none and is a figure of its own. */
    void release(Release to) {
        for (Held h : held) {
            Observation stated = null;
            for (Observation b : body) {
                if (b.numberStart() > h.observation.numberStart() && b.indicator().equals(h.observation.indicator())
                        && b.interval().qualifier() == Qualifier.EXACT && rounds(h.observation.interval(), b.interval().value())) {
                    stated = b;
                    break;
                }
            }
            to.release(h.observation, h.sentence, h.rule, h.dating, stated);
        }
        held.clear();
        body.clear();
    }

    /** True when the rounded interval {@code r} can stand for the stated value {@code v}. */
    static boolean rounds(Interval r, double v) {
        return switch (r.qualifier()) {
            case EXACT -> r.value() == v;
            case ABOUT -> Math.abs(v - r.value()) <= ROUNDING * r.value();
            case AT_LEAST, MORE_THAN -> v >= r.low() && v <= r.low() * (1 + ROUNDING);
            case UP_TO, AT_MOST -> v <= r.high() && v >= r.high() * (1 - ROUNDING);
            case RANGE, VAGUE -> v >= r.low() && (r.high() == null || v <= r.high());
        };
    }

    interface Release {
        void release(Observation o, Sentence sentence, String rule, String dating, Observation stated);
    }
}
