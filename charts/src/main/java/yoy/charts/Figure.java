package yoy.charts;

import java.awt.Graphics2D;
import java.util.List;

/**
 * One whole figure before layout: the texts around the plot, the legend, and what paints the plot. Every
 * chart kind (yearly lines, year-over-year bars, small multiples) is a figure, so they share one layout and
 * look like one family.
 */
record Figure(String title, String subtitle, List<LegendItem> legend, String source, String note, Plot plot) {

    /** Paints the plot into the rectangle the texts leave free. */
    @FunctionalInterface
    interface Plot {
        void paint(Graphics2D g, double x, double y, int width, int height);
    }

    Figure {
        legend = List.copyOf(legend);
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    /** The yearly line chart of one indicator. */
    static Figure of(ChartPlan plan) {
        return new Figure(plan.title(), plan.subtitle(), LegendItem.lines(plan), plan.source(), plan.note(),
                (g, x, y, w, h) -> PlotArea.paint(g, plan, x, y, w, h));
    }
}
