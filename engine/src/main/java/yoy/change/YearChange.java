package yoy.change;

import yoy.model.Interval;
import yoy.model.Period;

/**
 * One row of the year-over-year table: the figure of {@code toYear} against the previous year with a figure,
 * {@code fromYear}. {@code delta} is set only when the status is {@link ChangeStatus#COMPARED};
 * {@code gapDelta} (the change over {@code toYear - fromYear} years) only for a {@link ChangeStatus#GAP}
 * whose two figures cover the same months. {@code samePeriod} is true when both figures cover the same
 * months of a part of the year ("Jan–Oct 2021 against Jan–Oct 2022").
 */
public record YearChange(String indicator, String measure, int fromYear, int toYear, ChangeStatus status,
                         boolean samePeriod, Interval from, Period fromPeriod, Interval to, Period toPeriod,
                         Delta delta, Delta gapDelta, String note) {

    public YearChange {
        if (toYear <= fromYear) {
            throw new IllegalArgumentException("change must go forward in time: " + fromYear + " -> " + toYear);
        }
        if ((status == ChangeStatus.COMPARED) != (delta != null)) {
            throw new IllegalArgumentException("a change is computed exactly when the years compare");
        }
        if (gapDelta != null && status != ChangeStatus.GAP) {
            throw new IllegalArgumentException("a change over several years belongs to a gap");
        }
        if ((status == ChangeStatus.GAP) != (toYear - fromYear > 1)) {
            throw new IllegalArgumentException("status gap is for years that are not consecutive");
        }
        note = note == null ? "" : note;
    }

    /** Years between the two figures: 1 for consecutive years. */
    public int years() {
        return toYear - fromYear;
    }
}
