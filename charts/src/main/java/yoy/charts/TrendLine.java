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
        return new TrendLine(first, intercept + slope * first, last, intercept + slope * last);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
