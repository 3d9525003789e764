package yoy.charts;

import java.util.Arrays;
import java.util.List;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.stats.Trend;
import yoy.stats.TrendAnalysis;

/**
 * A measure's fitted trend, drawn as a straight segment over the years the statistics actually used.
 *
 * <p>Theil–Sen rather than least squares: yearly counts from reports are few (often 3–8 figures) and one
 * odd year (a crackdown, a change of method) pulls an OLS line far off while the median of pairwise slopes
 * barely moves. It is also the slope {@code trends.csv} reports, so chart and table agree. The intercept is
 * SciPy's {@code theilslopes} convention: median(y) − slope × median(x).
 */
record TrendLine(int fromYear, double fromValue, int toYear, double toValue) {

    static final String METHOD = "Theil–Sen";

    /**
     * The trend of one measure, or null when the statistics refuse one: fewer than
     * {@link TrendAnalysis#MIN_TREND_N} point figures (bounds and part-year figures do not count).
     */
    static TrendLine of(MeasureSeries measure) {
        Trend trend = TrendAnalysis.analyse(measure);
        if (!trend.tested() || trend.theilSen() == null || trend.years().size() < TrendAnalysis.MIN_TREND_N) {
            return null;
        }
        List<Integer> years = trend.years();
        double[] xs = new double[years.size()];
        double[] ys = new double[years.size()];
        int i = 0;
        for (SeriesPoint p : measure.points()) {
            if (i < years.size() && p.year() == years.get(i)) {
                xs[i] = p.year();
                ys[i] = p.interval().value();
                i++;
            }
        }
        if (i != years.size()) {
            return null;
        }
        double slope = trend.theilSen();
        double intercept = median(ys) - slope * median(xs);
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        double fromValue = intercept + slope * first;
        double toValue = intercept + slope * last;
        // figures near the top of the double range can overflow the fit: no line rather than a wrong one
        if (!Double.isFinite(fromValue) || !Double.isFinite(toValue)) {
            return null;
        }
        return new TrendLine(first, fromValue, last, toValue);
    }

    /**
     * The part of the segment from {@code y0} (at t = 0) to {@code y1} (at t = 1) that lies within one unit
     * of [{@code lo}, {@code hi}], as {t0, y(t0), t1, y(t1)}; null when none does. The plot's clip does the
     * exact cut; this keeps the coordinates handed to Java2D near the canvas.
     */
    static double[] clip(double y0, double y1, double lo, double hi) {
        if (!Double.isFinite(y0) || !Double.isFinite(y1)) {
            return null;
        }
        double bottom = lo - 1;
        double top = hi + 1;
        double t0 = 0;
        double t1 = 1;
        // halves, so that no difference of two finite values overflows
        double half = y1 / 2 - y0 / 2;
        if (half == 0) {
            if (y0 < bottom || y0 > top) {
                return null;
            }
        } else {
            double ta = (bottom / 2 - y0 / 2) / half;
            double tb = (top / 2 - y0 / 2) / half;
            t0 = Math.max(0, Math.min(ta, tb));
            t1 = Math.min(1, Math.max(ta, tb));
            if (!(t0 <= t1)) {
                return null;
            }
        }
        return new double[] {t0, at(y0, y1, t0), t1, at(y0, y1, t1)};
    }

    private static double at(double y0, double y1, double t) {
        return y0 * (1 - t) + y1 * t;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
