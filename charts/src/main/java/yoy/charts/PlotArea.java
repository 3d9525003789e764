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

    private final ChartPlan plan;
    private final XYChart chart;
    private final List<Double> formattedYTicks = new ArrayList<>();
    private final int width;

    private PlotArea(ChartPlan plan, int width, int height) {
        this.plan = plan;
        this.width = width;
        this.chart = buildChart(plan, width, height, this::formatY);
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
        return buildChart(plan, width, height, plan.yScale()::format);
    }

    private static XYChart buildChart(ChartPlan plan, int width, int height, Function<Double, String> yFormat) {
        XYChart chart = new XYChart(width, height);
        XYStyler st = chart.getStyler();
        applyHouseStyle(st);

        int from = plan.fromYear();
        int to = plan.toYear();
        // a one-year span is a zero-width range: XChart then centres the year and its single tick
        st.setXAxisMin((double) from);
        st.setXAxisMax((double) to);
        st.setXAxisTickLabelsFormattingFunction(v -> yearLabel(v, from, to));
        st.setYAxisMin(0.0);
        st.setYAxisMax(plan.yScale().max());
        // with nothing drawn, numbers on the y axis would suggest a scale for nothing: keep only the 0
        st.setYAxisTickLabelsFormattingFunction(plan.hasFigures() ? yFormat : v -> v == 0 ? yFormat.apply(v) : "");

        List<MeasureTrace> traces = plan.traces();
        for (int i = 0; i < traces.size(); i++) {
            MeasureTrace trace = traces.get(i);
            List<double[]> segments = trace.segments();
            for (int k = 0; k < segments.size(); k++) {
                XYSeries series = chart.addSeries(seriesName(i) + (k == 0 ? "" : "." + k), xData(plan), segments.get(k));
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

    static String seriesName(int index) {
        return "measure-" + index;
    }

    private static String yearLabel(double v, int from, int to) {
        long year = Math.round(v);
        boolean whole = Math.abs(v - year) < 1e-9;
        return whole && year >= from && year <= to ? Long.toString(year) : "";
    }

    private String formatY(Double v) {
        formattedYTicks.add(v);
        return plan.yScale().format(v);
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
        steerYTicks(chart, width, height, 0, plan.yScale().max(), plan.yScale().intervals());
        formattedYTicks.clear();
    }

    /**
     * XChart picks its own y step from a spacing hint in pixels. A first, throw-away layout pass measures
     * the plot height between {@code min} and {@code max}, and the hint is then set so that XChart's step
     * is exactly that height over {@code intervals}.
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
     * The y values XChart labels within the axis range when the plan is painted at this size: its tick
     * positions, sorted and without repeats (XChart also formats one step beyond each end, then drops
     * it). Lets tests check that XChart's ticks are the {@link YScale} ticks.
     */
    static List<Double> yTicksAsPainted(ChartPlan plan, int width, int height) {
        PlotArea area = new PlotArea(plan, width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            area.paintAt(g, 0, 0, width, height);
        } finally {
            g.dispose();
        }
        double eps = plan.yScale().step() * 1e-6;
        return area.formattedYTicks.stream()
                .filter(v -> v > -eps && v < plan.yScale().max() + eps)
                .distinct().sorted().toList();
    }

    /** Trend segments under the glyphs, clipped to the plot so that a falling trend never leaves it. */
    private void paintTrends(Graphics2D g) {
        Shape saved = g.getClip();
        double left = screenX(plan.fromYear()) - 1;
        double right = screenX(plan.toYear()) + 1;
        double top = chart.getScreenYFromChart(plan.yScale().max());
        double bottom = chart.getScreenYFromChart(0);
        g.clip(new java.awt.geom.Rectangle2D.Double(left, top, right - left, bottom - top));
        for (MeasureTrace trace : plan.traces()) {
            TrendLine t = trace.trend();
            if (t == null) {
                continue;
            }
            g.setColor(HouseTheme.seriesColor(trace.colorIndex()));
            g.setStroke(HouseTheme.trendStroke());
            g.draw(new java.awt.geom.Line2D.Double(screenX(t.fromYear()), chart.getScreenYFromChart(t.fromValue()),
                    screenX(t.toYear()), chart.getScreenYFromChart(t.toValue())));
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
                    GlyphPainter.paintBar(g, sx, chart.getScreenYFromChart(mark.low()),
                            chart.getScreenYFromChart(mark.high()), color, mark.partialYear());
                }
            }
        }
        for (MeasureTrace trace : plan.traces()) {
            Color color = HouseTheme.seriesColor(trace.colorIndex());
            for (PlotMark mark : trace.marks()) {
                GlyphPainter.paintMarker(g, mark.glyph(), mark.partialYear(),
                        screenX(mark.year()), chart.getScreenYFromChart(mark.anchor()), color);
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
        double cy = (chart.getScreenYFromChart(0) + chart.getScreenYFromChart(plan.yScale().max())) / 2;
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
