package yoy.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import yoy.model.Interval;
import yoy.model.Qualifier;

class ChartPlannerTest {

    private static Map<Integer, PlotMark> marksByYear(MeasureTrace trace) {
        return trace.marks().stream().collect(Collectors.toMap(PlotMark::year, Function.identity()));
    }

    @Test
    void gapYearsAreNaNNeverZero() {
        MeasureTrace trace = ChartPlanner.plan(Fixtures.mixed()).traces().get(0);
        double[] line = trace.line();
        assertEquals(9, line.length);
        assertTrue(Double.isNaN(line[2019 - 2016]), "not_reported year must be a gap");
        assertTrue(Double.isNaN(line[2020 - 2016]), "no_report year must be a gap");
        assertFalse(marksByYear(trace).containsKey(2019));
        assertFalse(marksByYear(trace).containsKey(2020));
    }

    @Test
    void reportedZeroIsPlottedAtZero() {
        MeasureTrace killed = ChartPlanner.plan(Fixtures.twoMeasures()).traces().get(0);
        assertEquals(0.0, killed.line()[2018 - 2015]);
        assertEquals(Glyph.POINT, marksByYear(killed).get(2018).glyph());
    }

    @Test
    void glyphsFollowQualifierAndPeriod() {
        Map<Integer, PlotMark> marks = marksByYear(ChartPlanner.plan(Fixtures.mixed()).traces().get(0));
        assertEquals(new PlotMark(2016, 12, Double.NaN, Double.NaN, Glyph.POINT, false), marks.get(2016));
        assertEquals(new PlotMark(2017, 45, Double.NaN, Double.NaN, Glyph.LOWER_BOUND, false), marks.get(2017));
        assertEquals(new PlotMark(2018, 20, 20, 35, Glyph.SPAN, false), marks.get(2018));
        assertEquals(new PlotMark(2022, 10, 10, 99, Glyph.SPAN, false), marks.get(2022));
        assertEquals(new PlotMark(2023, 18, Double.NaN, Double.NaN, Glyph.POINT, true), marks.get(2023));
        assertEquals(Glyph.POINT, marks.get(2024).glyph(), "about is a point estimate");
        assertEquals(List.of(KeyEntry.LOWER_BOUND, KeyEntry.SPAN, KeyEntry.PARTIAL_YEAR, KeyEntry.TREND),
                ChartPlanner.plan(Fixtures.mixed()).key());
    }

    @Test
    void upperBoundsAndOpenEndedFigures() {
        assertEquals(Glyph.UPPER_BOUND, ChartPlanner.mark(2020, Interval.of(Qualifier.AT_MOST, 6), false).glyph());
        assertEquals(Glyph.UPPER_BOUND, ChartPlanner.mark(2020, Interval.of(Qualifier.UP_TO, 6), false).glyph());
        assertEquals(Glyph.LOWER_BOUND, ChartPlanner.mark(2020, Interval.of(Qualifier.MORE_THAN, 6), false).glyph());
        PlotMark openVague = ChartPlanner.mark(2020, new Interval(null, 100.0, null, Qualifier.VAGUE), false);
        assertEquals(Glyph.LOWER_BOUND, openVague.glyph());
        assertEquals(100.0, openVague.anchor());
        assertEquals(Glyph.POINT, ChartPlanner.mark(2020, Interval.range(5, 5), false).glyph());
    }

    @Test
    void cumulativeFiguresAreNeverYearlyValues() {
        ChartPlan plan = ChartPlanner.plan(Fixtures.twoMeasures());
        MeasureTrace injured = plan.traces().get(1);
        assertTrue(Double.isNaN(injured.line()[2022 - 2015]));
        assertFalse(marksByYear(injured).containsKey(2022));
        assertTrue(plan.note().contains("2022: cumulative figure (Dec 2021–Dec 2022) not shown"), plan.note());
        assertTrue(plan.yScale().max() < 4500, "a cumulative total must not stretch the axis");
    }

    @Test
    void textsOfTheMixedChart() {
        ChartPlan plan = ChartPlanner.plan(Fixtures.mixed());
        assertEquals("Journalists detained", plan.title());
        assertEquals("people · Kazakhstan · 2016–2024", plan.subtitle());
        assertEquals("Source: Amnesty International; Human Rights Watch", plan.source());
        assertEquals("Note: Reports give no figure for 2019; no report covers 2020; 2017: at least (lower bound); "
                + "2018: range 20–35; 2022: vague figure, shown as 10–99; 2023: Jan–Aug only; 2024: approximate.",
                plan.note());
    }

    @Test
    void notesShareWhatAllMeasuresHaveAndPrefixTheRest() {
        String note = ChartPlanner.plan(Fixtures.twoMeasures()).note();
        assertEquals("Note: No report covers 2017, 2021. "
                + "Killed — 2019: more than (lower bound); 2022: reports disagree; 2024: at most (upper bound). "
                + "Injured — reports give no figure for 2016, 2020; 2018: range 60–80; "
                + "2022: cumulative figure (Dec 2021–Dec 2022) not shown; 2023: at least (lower bound); "
                + "2024: Jan–Jun only.", note);
    }

    @Test
    void sourceListsOnlyPublishersOfDrawnFigures() {
        ChartPlan plan = ChartPlanner.plan(Fixtures.series("T", "cases", "X", 2020, 2021, 0,
                new Fixtures.Measure("m", "M", 2020).exact(3, Fixtures.AI)
                        .cumulative(9, java.time.YearMonth.of(2019, 1), Fixtures.HRW)));
        assertEquals("Source: Amnesty International", plan.source(), "a cumulative figure is not shown");
        ChartPlan single = ChartPlanner.plan(Fixtures.singlePoint());
        assertEquals("Source: Amnesty International", single.source());
        assertEquals("", ChartPlanner.plan(Fixtures.allMissing()).source());
    }

    @Test
    void singlePointAndAllMissing() {
        ChartPlan single = ChartPlanner.plan(Fixtures.singlePoint());
        assertEquals(1, single.traces().get(0).marks().size());
        assertTrue(single.hasFigures());
        ChartPlan none = ChartPlanner.plan(Fixtures.allMissing());
        assertFalse(none.hasFigures());
        assertTrue(java.util.Arrays.stream(none.traces().get(0).line()).allMatch(Double::isNaN));
    }

    @Test
    void subtitleLeavesOutWhatIsUnknown() {
        assertEquals("2023", ChartPlanner.subtitle(Fixtures.series("T", "", "", 2023, 2023, 0)));
        assertEquals("cases · 2020–2021", ChartPlanner.subtitle(Fixtures.series("T", "cases", null, 2020, 2021, 0)));
    }

    @Test
    void figuresCoveringDifferentMonthsAreNotJoinedByALine() {
        double[] line = {10000, 13, 5, 6, 66, 16, Double.NaN, 7};
        yoy.model.Period[] periods = {yoy.model.Period.months(2022, 1, 1), yoy.model.Period.months(2023, 10, 10),
                yoy.model.Period.year(2024), yoy.model.Period.year(2025), yoy.model.Period.months(2026, 1, 10),
                yoy.model.Period.months(2027, 1, 10), null, yoy.model.Period.year(2029)};
        boolean[] joins = ChartPlanner.joins(periods);
        MeasureTrace trace = new MeasureTrace("m", 0, line, joins, List.of(), null);
        List<String> runs = trace.segments().stream().map(java.util.Arrays::toString).toList();
        assertEquals(List.of("[NaN, NaN, 5.0, 6.0, NaN, NaN, NaN, NaN]", "[NaN, NaN, NaN, NaN, 66.0, 16.0, NaN, NaN]"), runs,
                "Jan and Oct do not join; a whole year does not join Jan–Oct; a lone figure makes no segment");
    }
}
