package yoy.series;

import java.util.Locale;

/** Why a year of a series holds the value it holds. Three kinds of "no number" are kept apart. */
public enum YearStatus {
    /** A report gives a figure for the year. */
    REPORTED,
    /** A report covers the year but gives no figure for this indicator. */
    NOT_REPORTED,
    /** No document in the corpus covers the year. */
    NO_REPORT,
    /** Reports give figures that disagree; the series shows the one the indicator's policy picks. */
    CONFLICT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasFigure() {
        return this == REPORTED || this == CONFLICT;
    }
}
