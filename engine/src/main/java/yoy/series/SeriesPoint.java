package yoy.series;

import java.util.List;
import yoy.model.Interval;
import yoy.model.Period;

/**
 * One year of one measure. {@code interval} and {@code period} are null unless the status carries a
 * figure; they are never filled with zero. {@code annualised} marks an estimate: a part-year figure
 * scaled to the whole year because the indicator's partial-period policy says so ({@code pro_rata}).
 */
public record SeriesPoint(int year, YearStatus status, Interval interval, Period period, List<String> publishers,
                          int sources, boolean annualised) {

    public SeriesPoint(int year, YearStatus status, Interval interval, Period period, List<String> publishers,
                       int sources) {
        this(year, status, interval, period, publishers, sources, false);
    }

    public SeriesPoint {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        if (status.hasFigure() != (interval != null)) {
            throw new IllegalArgumentException("year " + year + ": status " + status.code()
                    + (interval == null ? " needs a figure" : " cannot carry a figure"));
        }
        if (interval != null && period == null) {
            throw new IllegalArgumentException("year " + year + ": a figure needs its period");
        }
        publishers = List.copyOf(publishers == null ? List.of() : publishers);
        if (annualised && (period == null || !period.isPartialYear())) {
            throw new IllegalArgumentException("year " + year + ": only a part-year figure is annualised");
        }
    }

    /** This point marked as an annualised estimate. */
    public SeriesPoint annualisedEstimate() {
        return new SeriesPoint(year, status, interval, period, publishers, sources, true);
    }

    /** True when the figure covers only some months of the year; tables and charts flag it. */
    public boolean isPartial() {
        return period != null && period.isPartialYear();
    }

    public static SeriesPoint missing(int year, YearStatus status) {
        return new SeriesPoint(year, status, null, null, List.of(), 0);
    }
}
