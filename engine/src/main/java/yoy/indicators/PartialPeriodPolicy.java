package yoy.indicators;

import java.util.Locale;

/** What a series does with a figure that covers only part of a year. */
public enum PartialPeriodPolicy {
    /** Shown as reported and flagged partial; never scaled. */
    NONE,
    /** Shown as a lower bound for the whole year. */
    LOWER_BOUND,
    /** Scaled to twelve months and labelled an estimate. */
    PRO_RATA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
