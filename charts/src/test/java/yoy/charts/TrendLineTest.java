package yoy.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import yoy.stats.TrendAnalysis;

class TrendLineTest {

    @Test
    void drawnOnlyWhereTheStatisticsTestedATrend() {
        ChartPlan plan = ChartPlanner.plan(Fixtures.trending());
        MeasureTrace cases = plan.traces().get(0);
        assertNotNull(cases.trend(), "six point figures: a trend");
        assertTrue(TrendAnalysis.analyse(Fixtures.trending().measures().get(0)).tested());
        assertNull(plan.traces().get(1).trend(), "two point figures: no trend");
        assertNull(plan.traces().get(2).trend(), "bounds only: no trend");
        assertTrue(plan.key().contains(KeyEntry.TREND));
        assertEquals("trend (Theil–Sen)", KeyEntry.TREND.label());
    }

    @Test
    void spansTheYearsUsedWithTheTheilSenSlope() {
        TrendLine t = ChartPlanner.plan(Fixtures.trending()).traces().get(0).trend();
        // point figures 2015, 2016, 2018, 2020, 2022, 2023; the bound (2019) and part year (2024) are left out
        assertEquals(2015, t.fromYear());
        assertEquals(2023, t.toYear());
        double slope = TrendAnalysis.analyse(Fixtures.trending().measures().get(0)).theilSen();
        assertEquals(slope, (t.toValue() - t.fromValue()) / (t.toYear() - t.fromYear()), 1e-9);
    }

    @Test
    void noTrendKeyWhenNoMeasureHasOne() {
        for (var s : List.of(Fixtures.singlePoint(), Fixtures.allMissing(), Fixtures.oneYear())) {
            ChartPlan plan = ChartPlanner.plan(s);
            assertTrue(plan.traces().stream().allMatch(tr -> tr.trend() == null), s.title());
            assertTrue(!plan.key().contains(KeyEntry.TREND), s.title());
        }
    }

    @Test
    void renderingWithATrendIsDeterministic() {
        assertEquals(java.util.Arrays.hashCode(ChartRenderer.png(Fixtures.trending(), 1)),
                java.util.Arrays.hashCode(ChartRenderer.png(Fixtures.trending(), 1)));
    }
}
