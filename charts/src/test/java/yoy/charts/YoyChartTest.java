package yoy.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.series.IndicatorSeries;

class YoyChartTest {

    static Stream<IndicatorSeries> fixtures() {
        return Stream.of(Fixtures.mixed(), Fixtures.twoMeasures(), Fixtures.allMissing(), Fixtures.singlePoint(),
                Fixtures.longSpan(), Fixtures.oneYear(), Fixtures.manyMeasures(), Fixtures.trending(),
                Fixtures.samePeriod());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void deterministicAtHouseSize(IndicatorSeries series) throws Exception {
        byte[] png = YoyChartRenderer.png(series, 1);
        assertArrayEquals(png, YoyChartRenderer.png(series, 1));
        assertArrayEquals(YoyChartRenderer.svg(series), YoyChartRenderer.svg(series));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(850, image.getWidth());
        assertEquals(600, image.getHeight());
        assertEquals(1700, ImageIO.read(new ByteArrayInputStream(YoyChartRenderer.png(series, 2))).getWidth());
    }

    @Test
    void doesNotDependOnLocaleOrTimeZone() {
        byte[] png = YoyChartRenderer.png(Fixtures.twoMeasures(), 1);
        byte[] svg = YoyChartRenderer.svg(Fixtures.twoMeasures());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Sao_Paulo"));
            assertArrayEquals(png, YoyChartRenderer.png(Fixtures.twoMeasures(), 1));
            assertArrayEquals(svg, YoyChartRenderer.svg(Fixtures.twoMeasures()));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    /** Killed: 4, 2, (no report), 0, >7, 5, (no report), 8, 9, ≤6 from 2015. */
    @Test
    void gapsAreEmptySlotsNeverZeroBars() {
        YoyPlan plan = YoyPlanner.plan(Fixtures.twoMeasures());
        List<YoyBar> killed = plan.bars().stream().filter(b -> b.colorIndex() == 0).toList();
        List<Integer> slots = killed.stream().map(YoyBar::slot).toList();
        assertEquals(List.of(0, 3, 4, 7, 8), slots, "2015–16, 2018–19, 2019–20, 2022–23, 2023–24");
        assertFalse(slots.contains(1) || slots.contains(2), "2017 has no report: no bar into or out of it");
        assertTrue(plan.note().contains("no change for 2016–2018: no figure for 2017"), plan.note());
        assertTrue(plan.note().contains("never") || plan.note().contains("none is zero"), plan.note());
        assertEquals(-2, killed.get(0).value());
        assertTrue(killed.get(0).solid());
        assertEquals("−2 (−50%)", killed.get(0).label());
    }

    @Test
    void changesNotRobustAcrossBoundsAreHatchedAndExplained() {
        YoyPlan plan = YoyPlanner.plan(Fixtures.twoMeasures());
        YoyBar toBound = plan.bars().stream().filter(b -> b.colorIndex() == 0 && b.slot() == 3).findFirst().orElseThrow();
        assertFalse(toBound.solid(), "0 to 'more than 7': up on the low bound, unknown on the high");
        assertTrue(plan.legend().contains(LegendItem.key(KeyEntry.UNCERTAIN_CHANGE)));
    }

    @Test
    void notComparableYearsGetAMarkAndANote() {
        YoyPlan plan = YoyPlanner.plan(Fixtures.twoMeasures());
        assertEquals(1, plan.marks().size());
        assertEquals("n/c", plan.marks().get(0).text());
        assertTrue(plan.note().contains("2023–2024 not comparable (n/c): 2023 against Jan–Jun 2024"), plan.note());
    }

    @Test
    void samePeriodComparisonsAreLabelled() {
        YoyPlan plan = YoyPlanner.plan(Fixtures.samePeriod());
        assertEquals(1, plan.bars().size());
        assertEquals("Jan–Oct vs Jan–Oct", plan.bars().get(0).period());
        assertEquals(-50, plan.bars().get(0).value());
        assertTrue(plan.subtitle().startsWith("Absolute change, in cases"), plan.subtitle());
    }

    @Test
    void noConsecutiveFiguresStillGivesAChartThatSaysSo() {
        for (IndicatorSeries s : List.of(Fixtures.allMissing(), Fixtures.singlePoint(), Fixtures.oneYear())) {
            YoyPlan plan = YoyPlanner.plan(s);
            assertTrue(plan.bars().isEmpty(), s.title());
            assertEquals(YoyPlan.NO_CHANGE, plan.message());
            String svg = new String(YoyChartRenderer.svg(s), StandardCharsets.UTF_8);
            assertTrue(svg.contains(YoyPlan.NO_CHANGE), s.title());
        }
    }

    @Test
    void signedLabelsUseATrueMinusAndNoLocale() {
        assertEquals("+1,200", NumberText.signed(1200, 0));
        assertEquals("−3.5", NumberText.signed(-3.5, 1));
        assertEquals("0", NumberText.signed(-0.2, 0));
        YScale s = YScale.covering(-7, 15, 0, true);
        assertTrue(s.min() <= -7 && s.max() >= 15 && s.intervals() <= YScale.MAX_INTERVALS, s.toString());
        assertEquals(List.of("−10", "−5", "0", "+5", "+10", "+15"), s.labels());
    }
}
