package yoy.model;

import java.util.Locale;

/** The words that bound a reported figure, as in "at least 219" or "hundreds". */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, UP_TO, AT_MOST, ABOUT, RANGE, VAGUE;

    /** The code used in CSV files: {@code exact}, {@code at_least}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier fromCode(String code) {
        for (Qualifier q : values()) {
            if (q.code().equals(code)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier '" + code + "'");
    }

    /** True when the figure is only a lower bound, so a chart must not draw it as a point estimate. */
    public boolean isLowerBound() {
        return this == AT_LEAST || this == MORE_THAN;
    }

    public boolean isUpperBound() {
        return this == UP_TO || this == AT_MOST;
    }
}
