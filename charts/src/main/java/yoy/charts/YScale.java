package yoy.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The y axis: always from 0 to {@code max} in steps of {@code step}, where the step is 1, 2 or 5 times a
 * power of ten and never finer than the indicator's decimals can print.
 */
record YScale(double max, double step, int decimals) {

    /** At most this many intervals between 0 and max: enough to read values, few enough to stay quiet. */
    static final int MAX_INTERVALS = 6;
    private static final double[] MANTISSAS = {1, 2, 5};

    YScale {
        if (!(step > 0) || !(max >= step) || decimals < 0) {
            throw new IllegalArgumentException("bad y scale max=" + max + " step=" + step + " decimals=" + decimals);
        }
    }

    /** The scale for data whose highest drawn value is {@code dataMax} (0 or less when nothing is drawn). */
    static YScale covering(double dataMax, int decimals) {
        int d = Math.max(0, decimals);
        double finest = Math.pow(10, -d);
        if (!(dataMax > 0)) {
            return new YScale(MAX_INTERVALS * finest, finest, d);
        }
        for (int exponent = -d; ; exponent++) {
            for (double mantissa : MANTISSAS) {
                double step = mantissa * Math.pow(10, exponent);
                long intervals = (long) Math.ceil(dataMax / step - 1e-9);
                if (intervals <= MAX_INTERVALS) {
                    return new YScale(Math.max(1, intervals) * step, step, d);
                }
            }
        }
    }

    int intervals() {
        return (int) Math.round(max / step);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i <= intervals(); i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** A tick or value label: the indicator's decimals, thousands grouped, never locale-dependent. */
    String format(double value) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** True when {@code value} sits on a tick, to the precision the labels print. */
    boolean isTick(double value) {
        double k = value / step;
        return Math.abs(k - Math.rint(k)) < 1e-6 && k > -1e-6 && k < intervals() + 1e-6;
    }
}
