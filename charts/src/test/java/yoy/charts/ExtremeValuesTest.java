package yoy.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;

/**
 * Every chart kind on figures of any size a double holds (cases in {@code extreme-values.csv}). XChart 4.0.3
 * looped forever on a y axis of 10¹⁷ or more; these tests prove each case ends by counting what yoy controls
 * (ticks computed, labels XChart asked for), and check that the labels are exact and cover the figures. The
 * timeouts are only a guard that turns a hang into a failure, not a speed test.
 */
class ExtremeValuesTest {

    /** Generous: a hang guard, never a measure of speed. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final int MAX_TICKS = 20;
    /** A normal chart takes a few dozen y labels (measured: at most ~40); a loop takes millions. */
    private static final long MAX_Y_LABEL_CALLS = 400;

    record Case(String name, int decimals, List<String> figures) {
        @Override
        public String toString() {
            return name;
        }

        IndicatorSeries series() {
            return Fixtures.series("Extreme: " + name, "people", "Nowhere", 2018, 2018 + figures.size() - 1, decimals,
                    measure("m", "Measure"));
        }

        /** The same figures in five measures: more than a line chart takes, so one panel per measure. */
        IndicatorSeries panels() {
            Fixtures.Measure[] ms = new Fixtures.Measure[5];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = measure("m" + i, "Measure " + i);
            }
            return Fixtures.series("Extreme panels: " + name, "people", "Nowhere", 2018, 2018 + figures.size() - 1,
                    decimals, ms);
        }

        private Fixtures.Measure measure(String id, String label) {
            Fixtures.Measure m = new Fixtures.Measure(id, label, 2018);
            for (String f : figures) {
                if (f.equals("-")) {
                    m.notReported();
                } else if (f.startsWith("≥")) {
                    m.atLeast(Double.parseDouble(f.substring(1)), Fixtures.AI);
                } else if (f.startsWith("≤")) {
                    m.atMost(Double.parseDouble(f.substring(1)), Fixtures.AI);
                } else if (f.contains("..")) {
                    String[] lh = f.split("\\.\\.");
                    m.range(Double.parseDouble(lh[0]), Double.parseDouble(lh[1]), Fixtures.AI);
                } else {
                    m.exact(Double.parseDouble(f), Fixtures.AI);
                }
            }
            return m;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = ExtremeValuesTest.class.getResourceAsStream("/extreme-values.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(";");
                cases.add(new Case(parts[0], Integer.parseInt(parts[1]), List.of(parts[2].trim().split(" +"))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lineChartAxisIsBoundedExactAndCoversTheFigures(Case c) {
        IndicatorSeries series = c.series();
        ChartPlan plan = ChartPlanner.plan(series);
        YScale scale = plan.yScale();
        assertTrue(scale.labels().size() <= MAX_TICKS, scale.labels().toString());
        List<BigDecimal> ticks = checkLabels(scale);
        for (MeasureTrace t : plan.traces()) {
            for (PlotMark m : t.marks()) {
                for (double v : new double[] {m.anchor(), m.low(), m.high()}) {
                    if (!Double.isNaN(v)) {
                        BigDecimal exact = asRead(v);
                        assertTrue(exact.compareTo(ticks.get(0)) >= 0 && exact.compareTo(ticks.get(ticks.size() - 1)) <= 0,
                                v + " outside " + scale.labels());
                    }
                }
            }
        }
        long[] calls = assertTimeoutPreemptively(HANG_GUARD, () -> PlotArea.labelCalls(plan, 794, 400));
        assertTrue(calls[0] <= MAX_Y_LABEL_CALLS, "y labels asked: " + calls[0]);
        assertEquals(scale.labels(), PlotArea.yTicksAsPainted(plan, 794, 400), "XChart prints the house ticks");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changeChartAxisIsBoundedExactAndCoversTheChanges(Case c) {
        YoyPlan plan = YoyPlanner.plan(c.series());
        YScale scale = plan.scale();
        assertTrue(scale.labels().size() <= MAX_TICKS, scale.labels().toString());
        List<BigDecimal> ticks = checkLabels(scale);
        for (YoyBar bar : plan.bars()) {
            BigDecimal exact = asRead(bar.value());
            assertTrue(exact.compareTo(ticks.get(0)) >= 0 && exact.compareTo(ticks.get(ticks.size() - 1)) <= 0,
                    bar + " outside " + scale.labels());
        }
        long calls = assertTimeoutPreemptively(HANG_GUARD, () -> YoyArea.yLabelCalls(plan, 794, 400));
        assertTrue(calls <= MAX_Y_LABEL_CALLS, "y labels asked: " + calls);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyChartKindRendersPngAndSvg(Case c) {
        IndicatorSeries series = c.series();
        IndicatorSeries normal = Fixtures.series("Normal", "people", "Nowhere", 2018, 2020, 0,
                new Fixtures.Measure("n", "Normal", 2018).exact(3).exact(5).exact(4));
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            rendered(ChartRenderer.png(series, 1), ChartRenderer.svg(series));
            rendered(ChartRenderer.png(c.panels(), 1), ChartRenderer.svg(c.panels()));
            rendered(YoyChartRenderer.png(series, 1), YoyChartRenderer.svg(series));
            List<IndicatorSeries> both = List.of(series, normal);
            rendered(CompareRenderer.png(both, CompareRenderer.Layout.SMALL_MULTIPLES, null, 1),
                    CompareRenderer.svg(both, CompareRenderer.Layout.SMALL_MULTIPLES, null));
            CompareRenderer.IndexBase base = CompareRenderer.indexBase(List.of(series), null);
            if (base.ok()) {
                rendered(CompareRenderer.png(List.of(series), CompareRenderer.Layout.INDEX, base.year(), 1),
                        CompareRenderer.svg(List.of(series), CompareRenderer.Layout.INDEX, base.year()));
            } else {
                assertFalse(base.refusal().isBlank());
            }
        });
    }

    /** The widest span the command line accepts (--from 1900 --to 2200): XChart's year ticks stay far within the fuse. */
    @Test
    void threeHundredYearsStayWithinTheLabelBudget() {
        Fixtures.Measure m = new Fixtures.Measure("m", "M", 1900);
        for (int y = 1900; y <= 2200; y++) {
            if (y % 50 == 0) {
                m.exact(y == 2000 ? 1e20 : y);
            } else {
                m.notReported();
            }
        }
        IndicatorSeries series = Fixtures.series("Long", "people", "Nowhere", 1900, 2200, 0, m);
        ChartPlan plan = ChartPlanner.plan(series);
        long[] calls = assertTimeoutPreemptively(HANG_GUARD, () -> PlotArea.labelCalls(plan, 794, 400));
        assertTrue(calls[0] <= MAX_Y_LABEL_CALLS, "y labels asked: " + calls[0]);
        assertTrue(calls[1] <= LabelFuse.X_LIMIT / 10, "x labels asked: " + calls[1]);
        assertTimeoutPreemptively(HANG_GUARD, () -> rendered(YoyChartRenderer.png(series, 1), YoyChartRenderer.svg(series)));
    }

    @Test
    void aTenToTheTwentyAxisReadsInExactMultiples() {
        ChartPlan plan = ChartPlanner.plan(new Case("1e20", 0, List.of("99999999999999999999")).series());
        assertEquals(List.of("0", "2×10¹⁹", "4×10¹⁹", "6×10¹⁹", "8×10¹⁹", "10×10¹⁹"), plan.yScale().labels());
    }

    @Test
    void theLargestDoubleGetsAFiniteScale() {
        YScale s = YScale.covering(Double.MAX_VALUE, 0);
        assertEquals(List.of("0", "5×10³⁰⁷", "10×10³⁰⁷", "15×10³⁰⁷", "20×10³⁰⁷"), s.labels());
        YScale both = YScale.covering(-Double.MAX_VALUE, Double.MAX_VALUE, 0, true);
        assertEquals(List.of("−2×10³⁰⁸", "−1×10³⁰⁸", "0", "+1×10³⁰⁸", "+2×10³⁰⁸"), both.labels());
        assertTrue(Double.isFinite(both.toPlot(-Double.MAX_VALUE)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "999999999999999; 0; 999,999,999,999,999",
        "1e15; 0; 1×10¹⁵",
        "99999999999999999999; 0; 1×10²⁰",
        "12345678901234567; 0; 1.2345678901234568×10¹⁶",
        "1.7976931348623157E308; 0; 1.7976931348623157×10³⁰⁸",
        "1e-300; 0; 0",
        "1e-300; 6; 0.000000",
        "2.5; 1; 2.5",
    })
    void numbersPrintAsTheDoubleTheyAre(double value, int decimals, String expected) {
        assertEquals(expected, NumberText.of(value, decimals));
        assertEquals(value == 0 || expected.matches("0(\\.0+)?") ? expected : "+" + expected,
                NumberText.signed(value, decimals));
    }

    @Test
    void aTrendIsCutToTheAxisBeforeJava2DSeesIt() {
        double[] cut = TrendLine.clip(-1e300, 1e300, 0, 6);
        assertEquals(0.5, cut[0], 1e-12);
        assertEquals(0.5, cut[2], 1e-12);
        assertTrue(Math.abs(cut[1]) <= 7 && Math.abs(cut[3]) <= 7);
        assertNull(TrendLine.clip(100, 200, 0, 6));
        assertEquals(List.of(0.0, 2.0, 1.0, 4.0), toList(TrendLine.clip(2, 4, 0, 6)));
        assertNull(TrendLine.clip(Double.NaN, 4, 0, 6));
    }

    @Test
    void anIndexThatWouldOverflowIsRefused() {
        IndicatorSeries s = new Case("overflow", 0, List.of("1e-300", "1.7976931348623157E308")).series();
        MeasureSeries m = s.measures().get(0);
        assertTrue(CompareRenderer.unusable(m, 2018).contains("too small to index"), CompareRenderer.unusable(m, 2018));
        assertNull(CompareRenderer.unusable(m, 2019));
        SeriesPoint top = CompareRenderer.index(m, 2019, "m").points().get(1);
        assertEquals(100.0, top.interval().value(), 1e-9);
    }

    /** The value as a reader knows it: the shortest decimal that is this double (2e300, not 2.0000000000000000213e300). */
    private static BigDecimal asRead(double v) {
        return new BigDecimal(Double.toString(v));
    }

    private static List<Double> toList(double[] a) {
        List<Double> out = new ArrayList<>();
        for (double d : a) {
            out.add(d);
        }
        return out;
    }

    private static void rendered(byte[] png, byte[] svg) {
        assertTrue(png.length > 1000, "a PNG of " + png.length + " bytes");
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg"), "an SVG");
        assertFalse(text.contains("NaN") || text.contains("Infinity"), "no NaN or infinite coordinate in the SVG");
    }

    /**
     * The labels are short enough for XChart, read back as evenly spaced exact values with zero among them
     * (what a reader sees is what the axis is), and returns those values.
     */
    private static List<BigDecimal> checkLabels(YScale scale) {
        List<BigDecimal> values = new ArrayList<>();
        for (String label : scale.labels()) {
            assertTrue(label.length() <= YScale.MAX_PLAIN_LABEL, "label too long for XChart: " + label);
            values.add(parse(label));
        }
        assertTrue(values.stream().anyMatch(v -> v.signum() == 0), "zero is a tick: " + scale.labels());
        BigDecimal step = values.get(1).subtract(values.get(0));
        assertTrue(step.signum() > 0, scale.labels().toString());
        for (int i = 1; i < values.size(); i++) {
            assertEquals(0, values.get(i).subtract(values.get(i - 1)).compareTo(step), "evenly spaced: " + scale.labels());
        }
        return values;
    }

    /** "1,200", "−3.5", "+20×10¹⁸" back to a decimal. */
    static BigDecimal parse(String label) {
        String s = label.replace(NumberText.MINUS, "-").replace("+", "").replace(",", "");
        int times = s.indexOf("×10");
        if (times < 0) {
            return new BigDecimal(s);
        }
        StringBuilder exponent = new StringBuilder();
        for (char ch : s.substring(times + 3).toCharArray()) {
            exponent.append(ch == '⁻' ? '-' : (char) ('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(ch)));
        }
        return new BigDecimal(s.substring(0, times)).scaleByPowerOfTen(Integer.parseInt(exponent.toString()));
    }
}
