package yoy.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A y axis: {@code below} steps under zero and {@code above} steps over it, so that zero is always a tick,
 * with a {@link TickStep} never finer than the indicator's decimals can print. {@code signed} labels carry
 * an explicit sign ("+20", "−20"), as change charts need.
 *
 * <p>XChart is given the axis in <em>steps</em> ({@link #toPlot}: value ÷ step, so the axis runs from
 * −below to above) and labels each tick through {@link #axisLabel}. XChart 4.0.3 computes its own tick grid
 * from one step under the axis up, and retries with a wider grid while one of its first three labels is
 * longer than 20 characters: with values of 10¹⁷ or more the first label ("−20,000,000,000,000,000") is
 * always too long and it retried forever. In steps its numbers stay small whatever the data, and every
 * label yoy hands it is short: plain digits up to {@link #MAX_PLAIN_LABEL} characters, else the whole axis
 * is written in multiples of the step's power of ten ("20×10¹⁸"), which is exact at any magnitude.
 */
record YScale(TickStep step, int below, int above, int decimals, boolean signed) {

    /** At most this many intervals between the ends: enough to read values, few enough to stay quiet. */
    static final int MAX_INTERVALS = 6;
    /** Longest plain label: XChart refuses a grid with a label over 20 characters (one more tick beyond). */
    static final int MAX_PLAIN_LABEL = 18;
    /** The indicator file allows 0–6 decimals; anything finer than 10⁻¹² is no count. */
    static final int MAX_DECIMALS = -TickStep.MIN_EXPONENT;

    YScale {
        if (step == null || below < 0 || above < 0 || below + above < 1 || decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("bad y scale " + step + " " + below + "/" + above + " decimals " + decimals);
        }
    }

    /** The scale of a yearly chart whose highest drawn value is {@code dataMax} (0 or less when nothing is drawn). */
    static YScale covering(double dataMax, int decimals) {
        return covering(0, dataMax, decimals, false);
    }

    /**
     * The scale covering {@code dataMin}..{@code dataMax} and zero. Both must be finite (NaN counts as
     * nothing drawn); callers drop values that are not.
     */
    static YScale covering(double dataMin, double dataMax, int decimals, boolean signed) {
        int d = Math.max(0, Math.min(MAX_DECIMALS, decimals));
        double lo = dataMin < 0 ? dataMin : 0;
        double hi = dataMax > 0 ? dataMax : 0;
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("a y scale needs finite values, got " + dataMin + ".." + dataMax);
        }
        if (lo == 0 && hi == 0) {
            // nothing to show: a quiet default, symmetric for a change chart
            return signed ? new YScale(new TickStep(5, -d), 2, 2, d, true)
                    : new YScale(new TickStep(1, -d), 0, MAX_INTERVALS, d, false);
        }
        TickStep.Cover c = TickStep.covering(lo, hi, -d, MAX_INTERVALS);
        // a side with data gets at least one step, so that a value never sits on the frame
        int below = Math.max(c.below(), lo < 0 ? 1 : 0);
        int above = Math.max(c.above(), hi > 0 ? 1 : 0);
        return new YScale(c.step(), below, above, d, signed);
    }

    int intervals() {
        return below + above;
    }

    /** The lowest tick as a double (for tests and layout; −∞ only for an axis beyond 10³⁰⁸). */
    double min() {
        return -below * step.value();
    }

    /** The highest tick as a double (for tests and layout; ∞ only for an axis beyond 10³⁰⁸). */
    double max() {
        return above * step.value();
    }

    /** A data value in the units XChart is given: steps from zero. */
    double toPlot(double value) {
        return value / step.value();
    }

    /** The tick values, lowest first (doubles, for tests). */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = -below; i <= above; i++) {
            ticks.add(step.tick(i).doubleValue());
        }
        return ticks;
    }

    /** The tick labels, lowest first: what the reader sees. */
    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = -below; i <= above; i++) {
            labels.add(label(i));
        }
        return labels;
    }

    /** True when the axis is written in multiples of a power of ten ("20×10¹⁸"). */
    boolean scaled() {
        if (step.tick(Math.max(below, above)).abs().compareTo(BigDecimal.valueOf(NumberText.PLAIN_LIMIT)) >= 0) {
            return true;
        }
        // one tick beyond each end as well: XChart formats those too, and checks their length
        for (int i = -below - 1; i <= above + 2; i++) {
            if (plain(i).length() > MAX_PLAIN_LABEL) {
                return true;
            }
        }
        return false;
    }

    /** The label of tick {@code index} (its value is index × step). */
    String label(long index) {
        return scaled() ? scaledLabel(index) : plain(index);
    }

    /**
     * The label XChart prints at {@code plotValue} (in steps). On the house grid it is the tick's label;
     * XChart's trial grids may ask for other values, which get their own true value, written short.
     */
    String axisLabel(double plotValue) {
        double index = Math.rint(plotValue);
        if (Math.abs(plotValue - index) < 1e-6 && Math.abs(index) <= 1e9) {
            long i = (long) index;
            return i >= -below - 1 && i <= above + 2 ? label(i) : scaledLabel(i);
        }
        double value = plotValue * step.value();
        return signed ? NumberText.signed(value, decimals) : NumberText.of(value, decimals);
    }

    private String plain(long index) {
        String digits = String.format(Locale.ROOT, "%,." + decimals + "f", step.tick(index).abs());
        return sign(index) + digits;
    }

    private String scaledLabel(long index) {
        if (index == 0) {
            return "0";
        }
        String multiple = BigDecimal.valueOf(index).multiply(BigDecimal.valueOf(step.mantissa())).abs().toPlainString();
        return sign(index) + multiple + NumberText.timesTen(step.exponent());
    }

    private String sign(long index) {
        return index < 0 ? NumberText.MINUS : index > 0 && signed ? "+" : "";
    }
}
