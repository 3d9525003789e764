package yoy.charts;

import java.util.function.Function;

/**
 * Hands XChart the labels of one axis and counts how often it asks. XChart's tick calculators retry with
 * wider grids in loops whose only exit is a set of labels they accept; {@link YScale} gives labels they
 * accept, and this fuse turns any case that still slips through into an error instead of a hang. The count
 * also lets tests bound the work of a layout without timing it.
 */
final class LabelFuse implements Function<Double, String> {

    /** Far above any real layout: a y axis takes a few dozen labels, the x axis of 300 years some 10⁵. */
    static final long Y_LIMIT = 20_000;
    static final long X_LIMIT = 2_000_000;

    private final String axis;
    private final Function<Double, String> labels;
    private final long limit;
    private long calls;

    LabelFuse(String axis, Function<Double, String> labels, long limit) {
        this.axis = axis;
        this.labels = labels;
        this.limit = limit;
    }

    @Override
    public String apply(Double value) {
        if (++calls > limit) {
            throw new IllegalStateException("XChart asked for more than " + limit + " " + axis
                    + " axis labels without settling its ticks (last at " + value + "); the chart is not drawn");
        }
        return labels.apply(value);
    }

    long calls() {
        return calls;
    }
}
