package yoy.model;

/**
 * A reported figure as an interval with its qualifier. {@code value} is the number the text states
 * (null when the text gives no single number: vague quantities and ranges); {@code low}/{@code high}
 * are the bounds, null meaning unbounded on that side.
 */
public record Interval(Double value, Double low, Double high, Qualifier qualifier) {

    public Interval {
        if (qualifier == null) {
            throw new IllegalArgumentException("qualifier is required");
        }
        checkFinite(value, "value");
        checkFinite(low, "low");
        checkFinite(high, "high");
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
        if (low == null && high == null) {
            throw new IllegalArgumentException("an interval needs at least one bound");
        }
        if (value != null && ((low != null && value < low) || (high != null && value > high))) {
            throw new IllegalArgumentException("value " + value + " lies outside [" + low + ", " + high + "]");
        }
        if ((qualifier == Qualifier.VAGUE || qualifier == Qualifier.RANGE) && value != null) {
            throw new IllegalArgumentException(qualifier.code() + " figures carry bounds, not a value");
        }
    }

    private static void checkFinite(Double d, String name) {
        if (d != null && (d.isNaN() || d.isInfinite() || d < 0)) {
            throw new IllegalArgumentException(name + " must be a finite non-negative number, got " + d);
        }
    }

    public static Interval of(Qualifier qualifier, double v) {
        return switch (qualifier) {
            case EXACT, ABOUT -> new Interval(v, v, v, qualifier);
            case AT_LEAST, MORE_THAN -> new Interval(v, v, null, qualifier);
            case UP_TO, AT_MOST -> new Interval(v, null, v, qualifier);
            case RANGE, VAGUE -> throw new IllegalArgumentException(qualifier.code() + " needs two bounds");
        };
    }

    public static Interval exact(double v) {
        return of(Qualifier.EXACT, v);
    }

    public static Interval range(double low, double high) {
        return new Interval(null, low, high, Qualifier.RANGE);
    }

    public static Interval vague(double low, double high) {
        return new Interval(null, low, high, Qualifier.VAGUE);
    }

    /** The best single number to plot: the stated value, else the lower bound, else the upper bound. */
    public double pointEstimate() {
        if (value != null) {
            return value;
        }
        return low != null ? low : high;
    }

    public boolean isPoint() {
        return value != null && qualifier != Qualifier.VAGUE && qualifier != Qualifier.RANGE
                && !qualifier.isLowerBound() && !qualifier.isUpperBound();
    }
}
