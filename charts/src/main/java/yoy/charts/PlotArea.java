package yoy.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plot itself: XChart draws axes, grid and the measures' lines; glyphs (markers, bound triangles,
 * range bars) are drawn on top through the chart's own value-to-screen mapping. XChart stays inside
 * this class.
 */
final class PlotArea {

    static final String NO_FIGURES = "No figures reported in the covered years";
    private static final String HIDDEN = "";
    static final String AXIS_GUARD = "axis-guard";

    private final ChartPlan plan;
    private final XYChart chart;
    private final List<Double> formattedYTicks = new ArrayList<>();
    private final int width;
    private final LabelFuse yLabels;
    private final LabelFuse xLabels;

    private PlotArea(ChartPlan plan, int width, int height) {
        this.plan = plan;
        this.width = width;
        this.yLabels = new LabelFuse("y", this::formatY, LabelFuse.Y_LIMIT);
        this.xLabels = new LabelFuse("x", v -> yearLabel(v, plan.fromYear(), plan.toYear()), LabelFuse.X_LIMIT);
        this.chart = buildChart(plan, width, height, yLabels, xLabels);
    }

    /** Paints the plot into the rectangle (x, y, width, height) of {@code g}. */
    static void paint(Graphics2D g, ChartPlan plan, double x, double y, int width, int height) {
        new PlotArea(plan, width, height).paintAt(g, x, y, width, height);
    }

    /**
     * The XChart chart for a plan, without the glyph overlay. Package-private so that tests can check
     * the data XChart is given: one series per measure, one value per year, NaN (a line break) for a
     * year without a yearly figure.
     */
    static XYChart buildChart(ChartPlan plan, int width, int height) {
        return buildChart(plan, width, height,
                new LabelFuse("y", plan.yScale()::axisLabel, LabelFuse.Y_LIMIT),
                new LabelFuse("x", v -> yearLabel(v, plan.fromYear(), plan.toYear()), LabelFuse.X_LIMIT));
    }

    /**
     * XChart gets the y axis in steps of the {@link YScale} (see there why), from −below to above, and every
     * value divided by the step: the numbers it handles stay small whatever the figures.
     */
    private static XYChart buildChart(ChartPlan plan, int width, int height, Function<Double, String> yFormat,
            Function<Double, String> xFormat) {
        XYChart chart = new XYChart(width, height);
        XYStyler st = chart.getStyler();
        applyHouseStyle(st);

        int from = plan.fromYear();
        int to = plan.toYear();
        // a one-year span is a zero-width range: XChart then centres the year and its single tick
        st.setXAxisMin((double) from);
        st.setXAxisMax((double) to);
        st.setXAxisTickLabelsFormattingFunction(xFormat);
        YScale scale = plan.yScale();
        st.setYAxisMin((double) -scale.below());
        st.setYAxisMax((double) scale.above());
        st.setYAxisTickLabelsFormattingFunction(yFormat);

        // XChart puts y ticks only at the data values when the axis ends and the distinct values are evenly
        // spaced (all figures 0, or figures at 0, 2 and 4 steps); a NaN among the values turns that off
        XYSeries guard = chart.addSeries(AXIS_GUARD, new double[] {from}, new double[] {Double.NaN});
        guard.setMarker(SeriesMarkers.NONE);
        guard.setShowInLegend(false);

        List<MeasureTrace> traces = plan.traces();
        for (int i = 0; i < traces.size(); i++) {
            MeasureTrace trace = traces.get(i);
            List<double[]> segments = trace.segments();
            for (int k = 0; k < segments.size(); k++) {
                XYSeries series = chart.addSeries(seriesName(i) + (k == 0 ? "" : "." + k), xData(plan),
                        inSteps(segments.get(k), scale));
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                series.setMarker(SeriesMarkers.NONE);
                series.setLineColor(HouseTheme.seriesColor(trace.colorIndex()));
                series.setLineStyle(HouseTheme.lineStroke(trace.colorIndex()));
                series.setShowInLegend(false);
            }
        }
        return chart;
    }

    /** The house look of an XChart plot: no title, legend, axis lines or tick marks; light horizontal grid. */
    static void applyHouseStyle(XYStyler st) {
        st.setLocale(Locale.ROOT);
        st.setAntiAlias(true);
        st.setTextAntiAlias(true);
        st.setChartTitleVisible(false);
        st.setLegendVisible(false);
        st.setChartBackgroundColor(HouseTheme.BACKGROUND);
        st.setPlotBackgroundColor(HouseTheme.BACKGROUND);
        st.setPlotBorderVisible(false);
        st.setChartPadding(0);
        st.setPlotMargin(0);
        st.setPlotContentSize(HouseTheme.PLOT_CONTENT_SIZE);
        st.setBaseFont(HouseTheme.tickFont());
        st.setAxisTickLabelsFont(HouseTheme.tickFont());
        st.setAxisTickLabelsColor(HouseTheme.TICK_TEXT);
        // no axis lines or tick marks: the zero grid line is the baseline, as in most newsroom charts
        st.setAxisTicksLineVisible(false);
        st.setAxisTicksMarksVisible(false);
        st.setAxisTickMarkLength(0);
        st.setAxisTickPadding(6);
        st.setAxisTitlesVisible(false);
        st.setPlotGridVerticalLinesVisible(false);
        st.setPlotGridHorizontalLinesVisible(true);
        st.setPlotGridLinesColor(HouseTheme.GRID);
        st.setPlotGridLinesStroke(HouseTheme.gridStroke());
        st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    }

    /** Every year of the span, so that XChart puts one tick per year (thinning them when crowded). */
    static double[] xData(ChartPlan plan) {
        double[] years = new double[plan.yearCount()];
        for (int i = 0; i < years.length; i++) {
            years[i] = plan.fromYear() + i;
        }
        return years;
    }

    /** Values in steps of the scale; NaN (a gap) stays NaN. */
    static double[] inSteps(double[] values, YScale scale) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = scale.toPlot(values[i]);
        }
        return out;
    }

    static String seriesName(int index) {
        return "measure-" + index;
    }

    private static String yearLabel(double v, int from, int to) {
        long year = Math.round(v);
        boolean whole = Math.abs(v - year) < 1e-9;
        return whole && year >= from && year <= to ? Long.toString(year) : "";
    }

    /**
     * With nothing drawn, numbers on the y axis would suggest a scale for nothing: only the 0 is shown. (With
     * a formatting function XChart does not require distinct labels, so the other ticks may all be empty.)
     */
    private String formatY(Double v) {
        formattedYTicks.add(v);
        if (plan.hasFigures() || Math.abs(v) < 1e-9) {
            return plan.yScale().axisLabel(v);
        }
        return HIDDEN;
    }

    private void paintAt(Graphics2D g, double x, double y, int width, int height) {
        steerYTicks(width, height);
        // save and restore state by hand rather than g.create()/dispose(): VectorGraphics2D's SVG output
        // keeps a disposed child's transform for the commands that follow
        AffineTransform savedTransform = g.getTransform();
        Shape savedClip = g.getClip();
        try {
            g.translate(x, y);
            HouseTheme.applyRenderingHints(g);
            chart.paint(g, width, height);
            HouseTheme.applyRenderingHints(g);
            paintTrends(g);
            paintGlyphs(g);
            if (!plan.hasFigures()) {
                paintMessage(g, NO_FIGURES);
            }
        } finally {
            g.setTransform(savedTransform);
            g.setClip(savedClip);
        }
    }

    private void steerYTicks(int width, int height) {
        YScale scale = plan.yScale();
        steerYTicks(chart, width, height, -scale.below(), scale.above(), scale.intervals());
        formattedYTicks.clear();
    }

    /**
     * XChart picks its own y step from a spacing hint in pixels. A first, throw-away layout pass measures
     * the plot height between {@code min} and {@code max} (in XChart's units), and the hint is then set so
     * that XChart's step is exactly that height over {@code intervals}.
     */
    static void steerYTicks(XYChart chart, int width, int height, double min, double max, int intervals) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D sg = scratch.createGraphics();
        try {
            HouseTheme.applyRenderingHints(sg);
            chart.paint(sg, width, height);
        } finally {
            sg.dispose();
        }
        double tickSpace = chart.getScreenYFromChart(min) - chart.getScreenYFromChart(max);
        int hint = (int) Math.max(1, Math.round(tickSpace / intervals));
        chart.getStyler().setYAxisTickMarkSpacingHint(hint);
    }

    /**
     * The y labels XChart prints within the axis range when the plan is painted at this size, lowest first
     * (XChart also formats one step beyond each end, then drops it). Lets tests check that XChart's ticks
     * are the {@link YScale} ticks.
     */
    static List<String> yTicksAsPainted(ChartPlan plan, int width, int height) {
        PlotArea area = paintedForTest(plan, width, height);
        YScale scale = plan.yScale();
        return area.formattedYTicks.stream()
                .filter(v -> v > -scale.below() - 1e-6 && v < scale.above() + 1e-6)
                .distinct().sorted().map(scale::axisLabel).toList();
    }

    /** How many labels XChart asked for, y then x, to lay out and paint the plan once (tests bound it). */
    static long[] labelCalls(ChartPlan plan, int width, int height) {
        PlotArea area = paintedForTest(plan, width, height);
        return new long[] {area.yLabels.calls(), area.xLabels.calls()};
    }

    private static PlotArea paintedForTest(ChartPlan plan, int width, int height) {
        PlotArea area = new PlotArea(plan, width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            area.paintAt(g, 0, 0, width, height);
        } finally {
            g.dispose();
        }
        return area;
    }

    /** Screen y of a data value. */
    private double screenY(double value) {
        return chart.getScreenYFromChart(plan.yScale().toPlot(value));
    }

    /** Trend segments under the glyphs, clipped to the plot so that a falling trend never leaves it. */
    private void paintTrends(Graphics2D g) {
        Shape saved = g.getClip();
        double left = screenX(plan.fromYear()) - 1;
        double right = screenX(plan.toYear()) + 1;
        YScale scale = plan.yScale();
        double top = chart.getScreenYFromChart(scale.above());
        double bottom = chart.getScreenYFromChart(-scale.below());
        g.clip(new java.awt.geom.Rectangle2D.Double(left, top, right - left, bottom - top));
        for (MeasureTrace trace : plan.traces()) {
            TrendLine t = trace.trend();
            if (t == null) {
                continue;
            }
            // cut to the axis first: a steep trend of huge figures would otherwise hand Java2D
            // coordinates far beyond the canvas
            double[] ys = TrendLine.clip(scale.toPlot(t.fromValue()), scale.toPlot(t.toValue()),
                    -scale.below(), scale.above());
            if (ys == null) {
                continue;
            }
            double x0 = screenX(t.fromYear());
            double x1 = screenX(t.toYear());
            g.setColor(HouseTheme.seriesColor(trace.colorIndex()));
            g.setStroke(HouseTheme.trendStroke());
            g.draw(new java.awt.geom.Line2D.Double(x0 + ys[0] * (x1 - x0), chart.getScreenYFromChart(ys[1]),
                    x0 + ys[2] * (x1 - x0), chart.getScreenYFromChart(ys[3])));
        }
        g.setClip(saved);
    }

    private void paintGlyphs(Graphics2D g) {
        // bars first, so that every marker sits on top of every bar
        for (MeasureTrace trace : plan.traces()) {
            Color color = HouseTheme.seriesColor(trace.colorIndex());
            for (PlotMark mark : trace.marks()) {
                if (mark.glyph() == Glyph.SPAN) {
                    double sx = screenX(mark.year());
                    GlyphPainter.paintBar(g, sx, screenY(mark.low()), screenY(mark.high()), color,
                            mark.partialYear());
                }
            }
        }
        for (MeasureTrace trace : plan.traces()) {
            Color color = HouseTheme.seriesColor(trace.colorIndex());
            for (PlotMark mark : trace.marks()) {
                GlyphPainter.paintMarker(g, mark.glyph(), mark.partialYear(),
                        screenX(mark.year()), screenY(mark.anchor()), color);
            }
        }
    }

    /**
     * Screen x of a year. For a one-year span XChart centres its tick in the plot, but its own mapping
     * ignores the y axis width, so the centre is computed here from the plot's extent.
     */
    private double screenX(int year) {
        if (plan.fromYear() == plan.toYear()) {
            return (chart.getYAxisLeftWidth() + width) / 2.0;
        }
        return chart.getScreenXFromChart(year);
    }

    private void paintMessage(Graphics2D g, String message) {
        double cx = (screenX(plan.fromYear()) + screenX(plan.toYear())) / 2;
        double cy = (chart.getScreenYFromChart(-plan.yScale().below()) + chart.getScreenYFromChart(plan.yScale().above())) / 2;
        Font font = HouseTheme.messageFont();
        FontMetrics fm = g.getFontMetrics(font);
        double w = fm.stringWidth(message);
        double padX = 12;
        double padY = 7;
        double boxH = fm.getAscent() + fm.getDescent() + 2 * padY;
        g.setColor(HouseTheme.BACKGROUND);
        g.fill(new java.awt.geom.Rectangle2D.Double(cx - w / 2 - padX, cy - boxH / 2, w + 2 * padX, boxH));
        g.setFont(font);
        g.setColor(HouseTheme.SUBTITLE_TEXT);
        g.drawString(message, (float) (cx - w / 2), (float) (cy - boxH / 2 + padY + fm.getAscent()));
    }
}
