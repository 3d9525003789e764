package yoy.change;

import java.util.Locale;

/** Whether a year-over-year row carries a change, and if not, why not. */
public enum ChangeStatus {
    /** Consecutive years whose figures cover the same months: the change is computed. */
    COMPARED,
    /** Consecutive years whose figures cover different months (part year against whole year): no change. */
    NOT_COMPARABLE,
    /** Years in between have no figure: no year-over-year change; the change over the gap is given apart. */
    GAP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
