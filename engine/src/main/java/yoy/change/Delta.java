package yoy.change;

import yoy.model.Interval;

/**
 * The change from one figure to another, on each bound separately: {@code low} to {@code low} and
 * {@code high} to {@code high}, null where either figure is unbounded on that side. {@code change} and
 * {@code percent} are set only when both figures are single numbers (exact or about). Percentages are
 * null when the starting figure is zero, or so small that the percentage exceeds the largest double (from
 * 10⁻³⁰⁰ to 10²⁰). {@code direction} is set, and {@code robust} true, only when both
 * bound changes exist and point the same way.
 */
public record Delta(Double change, Double percent, Double lowChange, Double highChange,
                    Double lowPercent, Double highPercent, Direction direction, boolean robust) {

    public Delta {
        if (robust != (direction != null)) {
            throw new IllegalArgumentException("a direction is given exactly when it is robust");
        }
    }

    public static Delta between(Interval from, Interval to) {
        Double lowChange = minus(to.low(), from.low());
        Double highChange = minus(to.high(), from.high());
        Double change = null;
        Double percent = null;
        if (from.isPoint() && to.isPoint()) {
            change = to.value() - from.value();
            percent = percent(from.value(), change);
        }
        Direction direction = null;
        if (lowChange != null && highChange != null && Direction.of(lowChange) == Direction.of(highChange)) {
            direction = Direction.of(lowChange);
        }
        return new Delta(change, percent, lowChange, highChange,
                lowChange == null ? null : percent(from.low(), lowChange),
                highChange == null ? null : percent(from.high(), highChange),
                direction, direction != null);
    }

    private static Double minus(Double b, Double a) {
        return a == null || b == null ? null : b - a;
    }

    /** Relative change in percent; undefined from zero and where it overflows (no table can print ∞%). */
    private static Double percent(double base, double change) {
        if (base == 0) {
            return null;
        }
        double percent = change / base * 100.0;
        return Double.isFinite(percent) ? percent : null;
    }
}
