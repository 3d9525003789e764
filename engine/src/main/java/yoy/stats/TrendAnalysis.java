package yoy.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

/**
 * Trend statistics of a yearly series. Thresholds, in number of point figures n:
 * <ul>
 *   <li>n &lt; {@value #MIN_TREND_N}: no trend statistic at all (OLS, Mann-Kendall, Theil–Sen are null and
 *       {@code insufficient} says why): two points always lie on a line and prove no trend.</li>
 *   <li>n ≥ 3: OLS slope, its 95% t interval (n − 2 ≥ 1 degrees of freedom) and R² (null when every value is
 *       equal); Mann-Kendall S, tau-b and p; Theil–Sen slope and interval. With n ≤ 4 no two-sided
 *       Mann-Kendall p can fall below 0.05, which the p-value itself shows.</li>
 *   <li>CAGR needs n ≥ 2 and is refused (null, with a note) when the first figure is 0.</li>
 *   <li>Figures up to the largest double are fitted without overflow; a statistic that still exceeds it (an OLS
 *       interval of ±10³⁰⁸, a CAGR of 10⁻³⁰⁰ to 10³⁰⁰ in a year) is null, with a note.</li>
 * </ul>
 *
 * <p>From a {@link MeasureSeries} only point figures count: years with status reported or conflict whose figure
 * is exact or "about" and covers the whole year. Bounds ("at least", ranges, vague quantities) and part-year
 * figures are left out and listed in the notes, as are conflicts that were kept. CAGR is refused when the first
 * or last figure of the series is a bound or a part-year figure, rather than silently measured between other years.
 */
public final class TrendAnalysis {

    public static final int MIN_TREND_N = 3;
    public static final double CONFIDENCE = 0.95;
    private static final double QUANTILE_ACCURACY = 1e-14;

    private TrendAnalysis() {
    }

    /** Statistics of the point figures {@code values} for the distinct, increasing {@code years}. */
    public static Trend analyse(int[] years, double[] values) {
        return analyse(years, values, new ArrayList<>(), null);
    }

    /** Statistics of one measure's yearly point figures, with notes on every figure left out. */
    public static Trend analyse(MeasureSeries series) {
        List<Integer> years = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        String firstUnusable = null;
        String lastUnusable = null;
        boolean seenFigure = false;
        for (SeriesPoint p : series.points()) {
            if (!p.status().hasFigure() || p.period().isCumulative()) {
                continue;
            }
            String why = null;
            if (!p.interval().isPoint()) {
                bounds.add(Integer.toString(p.year()));
                why = "a bound";
            } else if (p.isPartial()) {
                partial.add(Integer.toString(p.year()));
                why = "a part-year figure";
            } else {
                years.add(p.year());
                values.add(p.interval().value());
                if (p.status() == YearStatus.CONFLICT) {
                    conflicts.add(Integer.toString(p.year()));
                }
            }
            if (!seenFigure) {
                firstUnusable = why;
                seenFigure = true;
            }
            lastUnusable = why;
        }
        if (!bounds.isEmpty()) {
            notes.add("bounds left out: " + String.join(" ", bounds));
        }
        if (!partial.isEmpty()) {
            notes.add("part-year figures left out: " + String.join(" ", partial));
        }
        if (!conflicts.isEmpty()) {
            notes.add("conflicting reports, policy's figure used: " + String.join(" ", conflicts));
        }
        String cagrRefusal = firstUnusable != null ? "no CAGR: the first figure is " + firstUnusable
                : lastUnusable != null ? "no CAGR: the last figure is " + lastUnusable : null;
        return analyse(years.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(), notes, cagrRefusal);
    }

    private static Trend analyse(int[] years, double[] values, List<String> notes, String cagrRefusal) {
        check(years, values);
        int n = years.length;
        List<Integer> used = new ArrayList<>();
        for (int y : years) {
            used.add(y);
        }
        Double cagr = null;
        if (cagrRefusal != null) {
            notes.add(cagrRefusal);
        } else if (n < 2) {
            notes.add("no CAGR: needs two figures");
        } else if (values[0] == 0) {
            notes.add("no CAGR: the first figure is 0");
        } else {
            cagr = cagr(values[0], values[n - 1], years[n - 1] - years[0]);
            if (cagr == null) {
                notes.add("no CAGR: the growth exceeds the largest number a double holds");
            }
        }
        if (n < MIN_TREND_N) {
            String insufficient = String.format(Locale.ROOT, "insufficient data: %d point figure%s, a trend needs %d",
                    n, n == 1 ? "" : "s", MIN_TREND_N);
            return new Trend(n, used, null, null, null, null, null, null, null, false, null, null, null, cagr,
                    insufficient, notes);
        }
        // Sums of squares of figures beyond 10¹⁵⁴ overflow: the fit runs on the figures divided by a power of
        // two, which is exact, and the slope is scaled back. Ordinary figures are not scaled at all.
        int shift = olsShift(values);
        SimpleRegression ols = new SimpleRegression(true);
        for (int i = 0; i < n; i++) {
            ols.addData(years[i], Math.scalb(values[i], -shift));
        }
        // SimpleRegression's own interval inverts the t distribution to only about 1e-9; ask for more.
        double t = new TDistribution(null, n - 2, QUANTILE_ACCURACY).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double half = Math.scalb(t * ols.getSlopeStdErr(), shift);
        double slope = Math.scalb(ols.getSlope(), shift);
        Double olsSlope = finite(slope);
        Double olsLow = finite(slope - half);
        Double olsHigh = finite(slope + half);
        if (olsSlope == null || olsLow == null || olsHigh == null) {
            olsSlope = null;
            olsLow = null;
            olsHigh = null;
            notes.add("no OLS: the slope or its interval exceeds the largest number a double holds");
        }
        Double r2 = finite(ols.getRSquare());
        if (r2 == null) {
            notes.add("no R²: every value is equal");
        }
        MannKendall.Result mk = MannKendall.test(values);
        TheilSen.Result ts = TheilSen.estimate(years, values, CONFIDENCE);
        return new Trend(n, used, olsSlope, olsLow, olsHigh, r2, mk.s(), mk.tau(), mk.p(), mk.exact(),
                ts.slope(), ts.low(), ts.high(), cagr, null, notes);
    }

    /** Yearly growth rate from {@code first} (not 0) to {@code last} over {@code span} years; null if it overflows. */
    private static Double cagr(double first, double last, int span) {
        double ratio = last / first;
        double growth = Double.isFinite(ratio) && (ratio > 0 || last == 0)
                ? Math.pow(ratio, 1.0 / span)
                // the ratio itself overflows or underflows (10⁻³⁰⁰ to 10³⁰⁰): take it in logarithms
                : Math.exp((Math.log(last) - Math.log(first)) / span);
        return finite(growth - 1);
    }

    /** The power of two the OLS fit divides the figures by: 0 unless the largest is beyond 2⁵⁰⁰ (≈ 3 × 10¹⁵⁰). */
    private static int olsShift(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max > 0x1p500 ? Math.getExponent(max) : 0;
    }

    private static Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }

    private static void check(int[] years, double[] values) {
        if (years.length != values.length) {
            throw new IllegalArgumentException(years.length + " years but " + values.length + " values");
        }
        for (int i = 0; i < years.length; i++) {
            if (i > 0 && years[i] <= years[i - 1]) {
                throw new IllegalArgumentException("years must increase: " + years[i - 1] + " then " + years[i]);
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value for " + years[i] + " is not finite");
            }
        }
    }
}
