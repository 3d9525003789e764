package yoy.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import yoy.series.IndicatorSeries;

/** What XChart is given and what it draws from it. */
class PlotAreaTest {

    @Test
    void xchartGetsNaNForGapsSoTheLineBreaksInsteadOfDroppingToZero() {
        ChartPlan plan = ChartPlanner.plan(Fixtures.mixed());
        XYChart chart = PlotArea.buildChart(plan, 794, 400);
        XYSeries series = chart.getSeries(PlotArea.seriesName(0));
        assertArrayEquals(new double[] {2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024}, series.getXData());
        double[] y = series.getYData();
        assertTrue(Double.isNaN(y[3]), "2019 (not_reported) must be NaN, was " + y[3]);
        assertTrue(Double.isNaN(y[4]), "2020 (no_report) must be NaN, was " + y[4]);
        assertNotEquals(0.0, y[3]);
        // XChart is given values in steps of the y scale
        assertEquals(12.0, y[0] * plan.yScale().step().value(), 1e-9);
        assertEquals(45.0, y[1] * plan.yScale().step().value(), 1e-9);
    }

    @Test
    void oneColourPerMeasureWhateverItsSegments() {
        ChartPlan plan = ChartPlanner.plan(Fixtures.twoMeasures());
        XYChart chart = PlotArea.buildChart(plan, 794, 400);
        assertEquals(2, chart.getSeriesCollection().stream().map(s -> s.getName().split("\\.")[0])
                .filter(n -> !n.equals(PlotArea.AXIS_GUARD)).distinct().count());
        assertEquals(HouseTheme.seriesColor(1), chart.getSeries(PlotArea.seriesName(1)).getLineColor());
    }

    static Stream<IndicatorSeries> fixtures() {
        return Stream.of(Fixtures.mixed(), Fixtures.twoMeasures(), Fixtures.singlePoint(), Fixtures.longSpan(),
                Fixtures.oneYear(), Fixtures.manyMeasures());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void xchartTicksAreTheHouseScaleTicks(IndicatorSeries series) {
        ChartPlan plan = ChartPlanner.plan(series);
        assertEquals(plan.yScale().labels(), PlotArea.yTicksAsPainted(plan, 794, 400));
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 12).boxed();
    }

    /** Random maxima and plot heights: XChart must still land on the house ticks. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void steeringHoldsForRandomScales(long seed) {
        Random random = new Random(seed);
        int decimals = random.nextInt(2);
        double max = Math.round(Math.pow(10, random.nextDouble() * 5) * 10) / 10.0;
        IndicatorSeries series = Fixtures.series("T", "u", "C", 2020, 2022, decimals,
                new Fixtures.Measure("m", "M", 2020).exact(max / 3).exact(max).notReported());
        ChartPlan plan = ChartPlanner.plan(series);
        int height = 250 + random.nextInt(250);
        List<String> ticks = PlotArea.yTicksAsPainted(plan, 794, height);
        assertEquals(plan.yScale().labels(), ticks, "max " + max + " height " + height);
    }
}
