package yoy.model;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The stretch of time a figure covers. {@code start} is null for a cumulative figure whose start
 * is not stated ("as of late 2023, 23 officers had been convicted").
 */
public record Period(PeriodKind kind, YearMonth start, YearMonth end) {

    public Period {
        if (kind == null || end == null) {
            throw new IllegalArgumentException("period kind and end are required");
        }
        if (start != null && start.isAfter(end)) {
            throw new IllegalArgumentException("period starts " + start + " after it ends " + end);
        }
        if (kind == PeriodKind.YEAR
                && (start == null || start.getMonthValue() != 1 || end.getMonthValue() != 12 || start.getYear() != end.getYear())) {
            throw new IllegalArgumentException("a YEAR period runs from January to December of one year");
        }
        if (kind == PeriodKind.MONTHS && (start == null || start.getYear() != end.getYear())) {
            throw new IllegalArgumentException("a MONTHS period lies within one year");
        }
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period months(int year, int fromMonth, int toMonth) {
        if (fromMonth == 1 && toMonth == 12) {
            return year(year);
        }
        return new Period(PeriodKind.MONTHS, YearMonth.of(year, fromMonth), YearMonth.of(year, toMonth));
    }

    public static Period cumulative(YearMonth start, YearMonth end) {
        return new Period(PeriodKind.CUMULATIVE, start, end);
    }

    public boolean isPartialYear() {
        return kind == PeriodKind.MONTHS;
    }

    public boolean isCumulative() {
        return kind == PeriodKind.CUMULATIVE;
    }

    /** True when both periods cover the same months of the year, so their figures compare like for like. */
    public boolean sameMonthsAs(Period other) {
        return kind != PeriodKind.CUMULATIVE && other.kind != PeriodKind.CUMULATIVE
                && start.getMonthValue() == other.start.getMonthValue()
                && end.getMonthValue() == other.end.getMonthValue();
    }

    /** A short human label: "2022", "Jan–Aug 2023", "Dec 2014–Dec 2016", "to Dec 2023". */
    public String label() {
        return switch (kind) {
            case YEAR -> Integer.toString(end.getYear());
            case MONTHS -> start.equals(end)
                    ? month(start) + " " + end.getYear()
                    : month(start) + "–" + month(end) + " " + end.getYear();
            case CUMULATIVE -> start == null
                    ? "cumulative to " + month(end) + " " + end.getYear()
                    : "cumulative " + month(start) + " " + start.getYear() + "–" + month(end) + " " + end.getYear();
        };
    }

    private static String month(YearMonth ym) {
        return ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }
}
