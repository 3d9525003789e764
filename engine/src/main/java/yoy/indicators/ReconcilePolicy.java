package yoy.indicators;

import java.util.Locale;

/** How a series picks one figure for a year when reports disagree. */
public enum ReconcilePolicy {
    /** The highest lower bound: the most that is documented. */
    MAX,
    /** The figure from the latest report (by coverage year, then file name). */
    LATEST_REPORT,
    /** The lowest figure. */
    MIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
