package yoy.curation;

import java.util.Locale;
import yoy.model.Interval;

/**
 * One human decision as the outputs record it: an extracted figure rejected or corrected by an override,
 * a curated figure added, or an extracted figure superseded by a curated one for the same year.
 * {@code before} is null for an addition, {@code after} null for a rejection; {@code origin} is the
 * {@code file:line:col} of the decision.
 */
public record Decision(String indicator, String measure, int year, String doc, Action action,
                       Interval before, Interval after, String reason, String origin) {

    public enum Action {
        REJECT, CORRECT, ADD, SUPERSEDE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Decision {
        if (action == null || reason == null || reason.isBlank() || origin == null) {
            throw new IllegalArgumentException("a decision needs an action, a reason and an origin");
        }
        if ((before == null) != (action == Action.ADD)) {
            throw new IllegalArgumentException("only an addition has no figure before");
        }
        if ((after == null) != (action == Action.REJECT)) {
            throw new IllegalArgumentException("only a rejection has no figure after");
        }
    }
}
