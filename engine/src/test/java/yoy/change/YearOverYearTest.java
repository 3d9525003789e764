package yoy.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

class YearOverYearTest {

    private static SeriesPoint fig(int year, Interval iv, Period period) {
        return new SeriesPoint(year, YearStatus.REPORTED, iv, period, List.of("P"), 1);
    }

    private static SeriesPoint fig(int year, Interval iv) {
        return fig(year, iv, Period.year(year));
    }

    private static List<YearChange> yoy(SeriesPoint... points) {
        return YearOverYear.of("ind", new MeasureSeries("m", "M", List.of(points)));
    }

    @Test
    void samePeriodJanuaryToOctober() {
        List<YearChange> c = yoy(fig(2021, Interval.exact(66), Period.months(2021, 1, 10)),
                fig(2022, Interval.exact(16), Period.months(2022, 1, 10)));
        assertEquals(1, c.size());
        YearChange y = c.get(0);
        assertEquals(ChangeStatus.COMPARED, y.status());
        assertTrue(y.samePeriod());
        assertEquals(-50.0, y.delta().change(), 1e-12);
        assertEquals(-75.75757575757575, y.delta().percent(), 1e-9);
        assertEquals("-75.8", yoy.tables.Numbers.format(y.delta().percent(), 1));
        assertEquals(Direction.DOWN, y.delta().direction());
        assertTrue(y.delta().robust());
    }

    @Test
    void wholeYearsCompareAndAreNotSamePeriod() {
        YearChange y = yoy(fig(2020, Interval.exact(10)), fig(2021, Interval.of(Qualifier.ABOUT, 15))).get(0);
        assertEquals(ChangeStatus.COMPARED, y.status());
        assertFalse(y.samePeriod());
        assertEquals(5.0, y.delta().change());
        assertEquals(50.0, y.delta().percent());
    }

    /** Regression (found by the report fuzz test): 10⁻³⁰⁰ to 10²⁰ is +10³²²%, beyond a double; yoy.csv threw. */
    @Test
    void aPercentageBeyondTheLargestDoubleIsUndefinedNotInfinite() {
        YearChange y = yoy(fig(2020, Interval.exact(1e-300)), fig(2021, Interval.exact(1e20))).get(0);
        assertEquals(1e20, y.delta().change(), 1e5);
        assertNull(y.delta().percent());
        assertNull(y.delta().lowPercent());
        YearChange top = yoy(fig(2020, Interval.exact(Double.MAX_VALUE)), fig(2021, Interval.exact(0))).get(0);
        assertEquals(-Double.MAX_VALUE, top.delta().change());
        assertEquals(-100.0, top.delta().percent());
    }

    @Test
    void partYearAgainstWholeYearIsNotComparable() {
        YearChange y = yoy(fig(2021, Interval.exact(66), Period.months(2021, 1, 10)), fig(2022, Interval.exact(80))).get(0);
        assertEquals(ChangeStatus.NOT_COMPARABLE, y.status());
        assertNull(y.delta());
        assertTrue(y.note().contains("not comparable"), y.note());
    }

    @Test
    void differentMonthsAreNotComparable() {
        YearChange y = yoy(fig(2021, Interval.exact(6), Period.months(2021, 1, 6)),
                fig(2022, Interval.exact(8), Period.months(2022, 1, 10))).get(0);
        assertEquals(ChangeStatus.NOT_COMPARABLE, y.status());
    }

    @Test
    void boundsGiveOneSidedChangesAndNoRobustDirection() {
        // at least 154 -> 200: the low bound rose, the high bound is open: direction not robust
        YearChange y = yoy(fig(2020, Interval.of(Qualifier.AT_LEAST, 154)), fig(2021, Interval.exact(200))).get(0);
        assertEquals(46.0, y.delta().lowChange());
        assertNull(y.delta().highChange());
        assertNull(y.delta().change(), "no single-number change from a bound");
        assertNull(y.delta().direction());
        assertFalse(y.delta().robust());
    }

    @Test
    void rangesAgreeingOnBothBoundsAreRobust() {
        YearChange up = yoy(fig(2020, Interval.range(10, 20)), fig(2021, Interval.range(30, 40))).get(0);
        assertEquals(Direction.UP, up.delta().direction());
        assertTrue(up.delta().robust());
        assertEquals(200.0, up.delta().lowPercent());
        assertEquals(100.0, up.delta().highPercent());
        YearChange mixed = yoy(fig(2020, Interval.range(10, 100)), fig(2021, Interval.range(50, 60))).get(0);
        assertFalse(mixed.delta().robust());
        assertNull(mixed.delta().direction());
    }

    @Test
    void percentFromZeroIsEmpty() {
        YearChange y = yoy(fig(2020, Interval.exact(0)), fig(2021, Interval.exact(3))).get(0);
        assertEquals(3.0, y.delta().change());
        assertNull(y.delta().percent());
        assertEquals(Direction.UP, y.delta().direction());
    }

    @Test
    void acrossAGapTheChangeIsEmptyAndTheChangeOverTheGapIsApart() {
        List<YearChange> c = yoy(fig(2019, Interval.exact(10)), SeriesPoint.missing(2020, YearStatus.NO_REPORT),
                SeriesPoint.missing(2021, YearStatus.NOT_REPORTED), fig(2022, Interval.exact(25)));
        assertEquals(1, c.size());
        YearChange y = c.get(0);
        assertEquals(ChangeStatus.GAP, y.status());
        assertNull(y.delta());
        assertEquals(3, y.years());
        assertEquals(15.0, y.gapDelta().lowChange());
        assertEquals(150.0, y.gapDelta().highPercent());
        assertEquals("no figure for 2020–2021", y.note());
    }

    @Test
    void noRowBeforeTheFirstFigure() {
        assertEquals(List.of(), yoy(SeriesPoint.missing(2019, YearStatus.NO_REPORT), fig(2020, Interval.exact(1))));
    }
}
