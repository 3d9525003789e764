package yoy.curation;

import yoy.model.Interval;

/**
 * A human decision about extracted figures: every extracted figure of {@code indicator.measure} for
 * {@code year} from document {@code doc} whose point estimate is {@code value} is rejected, or corrected to
 * {@code correction}. {@code line}/{@code col} locate the override in its file for error messages.
 */
public record Override(String indicator, String measure, int year, String doc, double value, Action action,
                       Interval correction, String reason, String file, int line, int col) {

    public enum Action { REJECT, CORRECT }

    public Override {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        if ((action == Action.CORRECT) != (correction != null)) {
            throw new IllegalArgumentException("a correction is given exactly when the action is correct");
        }
    }

    /** "protest_deaths.civilians 2022 in a.txt = 12", for messages and the decisions table. */
    public String target() {
        return indicator + "." + measure + " " + year + " in " + doc + " = " + yoy.tables.Numbers.format(value, 6);
    }
}
