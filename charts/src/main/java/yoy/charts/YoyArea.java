package yoy.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plot of a year-over-year chart: XChart draws the grid and the slot labels ("2021–22"); bars, the
 * zero line, labels and "n/c" marks are drawn on top through XChart's value-to-screen mapping. One slot
 * per pair of consecutive years, at x = 0, 1, 2 …
 */
final class YoyArea {

    /** Space between a bar's end and its label. */
    private static final double LABEL_GAP = 3;

    private final YoyPlan plan;
    private final XYChart chart;

    private final double labelStrip;

    private YoyArea(YoyPlan plan, int width, int height) {
        this.plan = plan;
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(HouseTheme.tickFont());
        this.labelStrip = Math.ceil(fm.getAscent() + fm.getDescent() + 6);
        this.chart = buildChart(plan, width, (int) (height - labelStrip));
    }

    static void paint(Graphics2D g, YoyPlan plan, double x, double y, int width, int height) {
        new YoyArea(plan, width, height).paintAt(g, x, y, width, height);
    }

    /** XChart gets the y axis in steps of the {@link YScale}, as {@link PlotArea} does (see YScale why). */
    static XYChart buildChart(YoyPlan plan, int width, int height) {
        XYChart chart = new XYChart(width, height);
        XYStyler st = chart.getStyler();
        PlotArea.applyHouseStyle(st);
        int slots = plan.slots();
        st.setXAxisMin(-0.5);
        st.setXAxisMax(slots - 0.5);
        // XChart places x ticks on its own grid, which need not fall on the slots: slot labels are drawn here
        st.setXAxisTicksVisible(false);
        st.setXAxisTickLabelsFormattingFunction(new LabelFuse("x", YoyArea::slotIndex, LabelFuse.X_LIMIT));
        YScale scale = plan.scale();
        st.setYAxisMin((double) -scale.below());
        st.setYAxisMax((double) scale.above());
        st.setYAxisTickLabelsFormattingFunction(new LabelFuse("y",
                plan.bars().isEmpty() ? v -> Math.abs(v) < 1e-9 ? "0" : "" : scale::axisLabel, LabelFuse.Y_LIMIT));
        double[] xs = new double[slots];
        double[] ys = new double[slots];
        for (int i = 0; i < slots; i++) {
            xs[i] = i;
        }
        // one invisible series: XChart needs data to lay out axes; the bars are drawn on top
        Arrays.fill(ys, Double.NaN);
        XYSeries series = chart.addSeries("slots", xs, ys);
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(false);
        return chart;
    }

    /** The never-shown x labels: short, whatever XChart asks. */
    private static String slotIndex(double v) {
        return Math.abs(v) < 1e9 ? Long.toString(Math.round(v * 2)) : "";
    }

    /** How many y labels XChart asked for to lay out and paint the plan once (tests bound it). */
    static long yLabelCalls(YoyPlan plan, int width, int height) {
        YoyArea area = new YoyArea(plan, width, height);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            area.paintAt(g, 0, 0, width, height);
        } finally {
            g.dispose();
        }
        return ((LabelFuse) area.chart.getStyler().getYAxisTickLabelsFormattingFunction()).calls();
    }

    /** Screen y of a data value (a change). */
    private double screenY(double value) {
        return chart.getScreenYFromChart(plan.scale().toPlot(value));
    }

    private void paintAt(Graphics2D g, double x, double y, int width, int height) {
        int chartHeight = (int) (height - labelStrip);
        steerYTicks(width, chartHeight);
        AffineTransform savedTransform = g.getTransform();
        Shape savedClip = g.getClip();
        try {
            g.translate(x, y);
            HouseTheme.applyRenderingHints(g);
            chart.paint(g, width, chartHeight);
            HouseTheme.applyRenderingHints(g);
            paintSlotLabels(g, chartHeight);
            paintBars(g);
            paintBaseline(g);
            paintLabels(g);
            if (!plan.message().isEmpty()) {
                paintMessage(g, plan.message());
            }
        } finally {
            g.setTransform(savedTransform);
            g.setClip(savedClip);
        }
    }

    private void steerYTicks(int width, int height) {
        YScale scale = plan.scale();
        PlotArea.steerYTicks(chart, width, height, -scale.below(), scale.above(), scale.intervals());
    }

    /** "2021–22" under each slot, every n-th one when they would collide. */
    private void paintSlotLabels(Graphics2D g, int chartHeight) {
        if (plan.toYear() == plan.fromYear()) {
            return;
        }
        Font font = HouseTheme.tickFont();
        FontMetrics fm = g.getFontMetrics(font);
        g.setFont(font);
        g.setColor(HouseTheme.TICK_TEXT);
        double widest = fm.stringWidth(plan.slotLabel(0)) + 10;
        int every = (int) Math.max(1, Math.ceil(widest / slotWidth()));
        double baseline = chartHeight + 6 + fm.getAscent();
        for (int i = 0; i < plan.slots(); i += every) {
            centred(g, fm, plan.slotLabel(i), chart.getScreenXFromChart(i), baseline);
        }
    }

    private double slotWidth() {
        return plan.slots() > 1 ? chart.getScreenXFromChart(1) - chart.getScreenXFromChart(0)
                : 2 * (chart.getScreenXFromChart(0.5) - chart.getScreenXFromChart(0));
    }

    private double barWidth(int groupSize) {
        return Math.min(HouseTheme.MAX_BAR_WIDTH, slotWidth() * HouseTheme.BAR_GROUP_SHARE / Math.max(1, groupSize));
    }

    /** Left edge of a bar, its group centred on the slot. */
    private double barLeft(int slot, int position, int groupSize) {
        double w = barWidth(groupSize);
        return chart.getScreenXFromChart(slot) - w * groupSize / 2 + position * w;
    }

    private void paintBars(Graphics2D g) {
        double zero = screenY(0);
        for (YoyBar bar : plan.bars()) {
            double w = barWidth(bar.groupSize());
            double left = barLeft(bar.slot(), bar.position(), bar.groupSize());
            double end = screenY(bar.value());
            double inset = Math.min(1.5, w * 0.08);
            GlyphPainter.paintBlock(g, left + inset, Math.min(zero, end), w - 2 * inset, Math.abs(zero - end),
                    HouseTheme.seriesColor(bar.colorIndex()), bar.solid());
            if (bar.hasSpread()) {
                GlyphPainter.paintWhisker(g, left + w / 2, screenY(bar.low()), screenY(bar.high()),
                        HouseTheme.TITLE_TEXT);
            }
        }
    }

    private void paintBaseline(Graphics2D g) {
        double zero = screenY(0);
        g.setColor(HouseTheme.BASELINE);
        g.setStroke(HouseTheme.gridStroke());
        g.draw(new Line2D.Double(chart.getScreenXFromChart(-0.5), zero, chart.getScreenXFromChart(plan.slots() - 0.5), zero));
    }

    /** Values beyond the bar's end; same-period labels on the other side of the baseline; "n/c" marks on it. */
    private void paintLabels(Graphics2D g) {
        double zero = screenY(0);
        Font font = HouseTheme.barLabelFont();
        FontMetrics fm = g.getFontMetrics(font);
        g.setFont(font);
        for (YoyBar bar : plan.bars()) {
            double cx = barLeft(bar.slot(), bar.position(), bar.groupSize()) + barWidth(bar.groupSize()) / 2;
            boolean down = bar.value() < 0;
            double end = screenY(bar.hasSpread() ? (down ? bar.low() : bar.high()) : bar.value());
            double baseline = down ? end + LABEL_GAP + fm.getAscent() : end - LABEL_GAP - fm.getDescent();
            String label = fitted(bar.label(), fm, slotWidth() / bar.groupSize());
            g.setColor(HouseTheme.BODY_TEXT);
            centred(g, fm, label, cx, baseline);
            if (!bar.period().isEmpty()) {
                double pb = down ? zero - LABEL_GAP - fm.getDescent() : zero + LABEL_GAP + fm.getAscent();
                g.setColor(HouseTheme.NOTE_TEXT);
                centred(g, fm, bar.period(), cx, pb);
            }
        }
        for (YoyMark mark : plan.marks()) {
            double cx = barLeft(mark.slot(), mark.position(), mark.groupSize()) + barWidth(mark.groupSize()) / 2;
            g.setColor(HouseTheme.seriesColor(mark.colorIndex()));
            centred(g, fm, mark.text(), cx, zero - LABEL_GAP - fm.getDescent());
        }
    }

    /**
     * The label if it fits its share of the slot; else without the percentage; else nothing (the figures
     * are in tables/yoy.csv), since overlapping labels are worse than none.
     */
    static String fitted(String label, FontMetrics fm, double room) {
        if (fm.stringWidth(label) <= room - 2) {
            return label;
        }
        int paren = label.indexOf(" (");
        String shorter = paren < 0 ? label : label.substring(0, paren);
        return fm.stringWidth(shorter) <= room - 2 ? shorter : "";
    }

    private static void centred(Graphics2D g, FontMetrics fm, String text, double cx, double baseline) {
        g.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0), (float) baseline);
    }

    private void paintMessage(Graphics2D g, String message) {
        double cx = (chart.getScreenXFromChart(-0.5) + chart.getScreenXFromChart(plan.slots() - 0.5)) / 2;
        double cy = (chart.getScreenYFromChart(-plan.scale().below()) + chart.getScreenYFromChart(plan.scale().above())) / 2;
        Font font = HouseTheme.messageFont();
        FontMetrics fm = g.getFontMetrics(font);
        double w = fm.stringWidth(message);
        double boxH = fm.getAscent() + fm.getDescent() + 14;
        g.setColor(HouseTheme.BACKGROUND);
        g.fill(new Rectangle2D.Double(cx - w / 2 - 12, cy - boxH / 2, w + 24, boxH));
        g.setFont(font);
        g.setColor(HouseTheme.SUBTITLE_TEXT);
        g.drawString(message, (float) (cx - w / 2), (float) (cy - boxH / 2 + 7 + fm.getAscent()));
    }
}
