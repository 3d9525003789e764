package yoy.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

class TrendAnalysisTest {

    @Test
    void twoPointsGiveGrowthButNoTrend() {
        Trend t = TrendAnalysis.analyse(new int[] {2019, 2021}, new double[] {100, 121});
        assertEquals("insufficient data: 2 point figures, a trend needs 3", t.insufficient());
        assertNull(t.olsSlope());
        assertNull(t.mkP());
        assertNull(t.theilSen());
        assertEquals(0.1, t.cagr(), 1e-12);
    }

    @Test
    void exactMannKendallTailsCountPermutations() {
        // n = 4: 24 orderings, one with S = 6 and one with S = -6.
        assertEquals(2.0 / 24, MannKendall.exactP(4, 6), 1e-15);
        assertEquals(2.0 / 24, MannKendall.exactP(4, -6), 1e-15);
        assertEquals(1.0, MannKendall.exactP(5, 0), 0);
        // Exact p of n = 10 sums 10! orderings without overflow.
        assertTrue(MannKendall.exactP(10, 45) > 0);
    }

    @Test
    void boundsArePointsNeverAndAreListed() {
        List<SeriesPoint> points = List.of(
                new SeriesPoint(2018, YearStatus.REPORTED, Interval.of(yoy.model.Qualifier.AT_LEAST, 5), Period.year(2018), List.of(), 1),
                new SeriesPoint(2019, YearStatus.REPORTED, Interval.exact(6), Period.year(2019), List.of(), 1),
                SeriesPoint.missing(2020, YearStatus.NOT_REPORTED),
                new SeriesPoint(2021, YearStatus.REPORTED, Interval.exact(8), Period.year(2021), List.of(), 1),
                new SeriesPoint(2022, YearStatus.REPORTED, Interval.exact(9), Period.year(2022), List.of(), 1));
        Trend t = TrendAnalysis.analyse(new MeasureSeries("m", "m", points));
        assertEquals(List.of(2019, 2021, 2022), t.years());
        assertNull(t.cagr());
        assertEquals(List.of("bounds left out: 2018", "no CAGR: the first figure is a bound"), t.notes());
    }

    /** Regression (found by the report fuzz test): sums of squares overflowed and trends.csv threw on NaN/∞. */
    @Test
    void figuresUpToTheLargestDoubleGiveFiniteStatisticsOrNullsWithANote() {
        int[] years = {2019, 2020, 2021, 2022};
        Trend huge = TrendAnalysis.analyse(years, new double[] {1e308, 1.7e308, 1.6e308, 1.5e308});
        assertEquals(1.4e307, huge.olsSlope(), 1e293, "fitted on scaled figures, scaled back");
        assertTrue(Double.isFinite(huge.olsLow()) && Double.isFinite(huge.olsHigh()), huge.toString());
        Trend scaledAsIs = TrendAnalysis.analyse(years, new double[] {1e8, 1.7e8, 1.6e8, 1.5e8});
        assertEquals(scaledAsIs.r2(), huge.r2(), 1e-12);
        assertEquals(scaledAsIs.olsSlope() * 1e300, huge.olsSlope(), 1e295);

        Trend wild = TrendAnalysis.analyse(new int[] {2019, 2020, 2021},
                new double[] {Double.MAX_VALUE, 0, Double.MAX_VALUE});
        assertNull(wild.olsLow(), "a ±10³⁰⁸ interval overflows");
        assertTrue(wild.notes().stream().anyMatch(n -> n.startsWith("no OLS")), wild.notes().toString());
        assertEquals(0.0, wild.cagr());

        Trend leap = TrendAnalysis.analyse(new int[] {2019, 2020}, new double[] {1e-300, Double.MAX_VALUE});
        assertNull(leap.cagr());
        assertTrue(leap.notes().contains("no CAGR: the growth exceeds the largest number a double holds"), leap.notes().toString());
        Trend slow = TrendAnalysis.analyse(new int[] {2000, 2020}, new double[] {1e-300, 1e300});
        assertEquals(Math.pow(10, 30) - 1, slow.cagr(), 1e17, "the ratio 10⁶⁰⁰ overflows; its 20th root does not");
        Trend fromSubnormal = TrendAnalysis.analyse(new int[] {2019, 2020, 2021, 2022}, new double[] {4.9e-324, 1, 2, 3});
        assertTrue(Double.isFinite(fromSubnormal.cagr()), fromSubnormal.toString());
    }

    @Test
    void yearsMustIncrease() {
        assertThrows(IllegalArgumentException.class,
                () -> TrendAnalysis.analyse(new int[] {2020, 2019, 2021}, new double[] {1, 2, 3}));
    }
}
