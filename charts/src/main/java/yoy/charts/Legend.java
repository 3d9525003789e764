package yoy.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * The legend above the plot, outside the data: one entry per measure (its colour, line and dot), then
 * the key of the glyphs the chart uses, in neutral grey. Entries flow left to right and wrap.
 */
final class Legend {

    /** Width reserved for a glyph in the key. */
    private static final double KEY_SWATCH = 14;

    private Legend() {
    }

    /** Paints the legend starting at (x, top) within {@code width}; returns the y below it. */
    static double paint(Graphics2D g, List<LegendItem> entries, double x, double top, double width) {
        if (entries.isEmpty()) {
            return top;
        }
        Font font = HouseTheme.legendFont();
        FontMetrics fm = g.getFontMetrics(font);
        double rowHeight = Math.max(fm.getAscent() + fm.getDescent(), HouseTheme.MARKER_SIZE * 1.6);
        double cx = x;
        double rowTop = top;
        for (LegendItem entry : entries) {
            double swatch = entry.key() == null || entry.key() == KeyEntry.TREND ? HouseTheme.LEGEND_LINE_LENGTH : KEY_SWATCH;
            if (entry.swatch() == LegendItem.Swatch.BAR) {
                swatch = KEY_SWATCH;
            }
            double itemWidth = swatch + HouseTheme.LEGEND_SWATCH_GAP + fm.stringWidth(entry.label());
            if (cx > x && cx + itemWidth > x + width) {
                cx = x;
                rowTop += rowHeight + HouseTheme.LEGEND_ROW_GAP;
            }
            double mid = rowTop + rowHeight / 2;
            if (entry.swatch() == LegendItem.Swatch.BAR) {
                GlyphPainter.paintBlock(g, cx, mid - KEY_SWATCH / 2, KEY_SWATCH, KEY_SWATCH,
                        HouseTheme.seriesColor(entry.colorIndex()), true);
            } else if (entry.key() == null) {
                paintMeasureSwatch(g, cx, mid, entry.colorIndex());
            } else if (entry.key() == KeyEntry.TREND) {
                g.setColor(HouseTheme.KEY_GLYPH);
                g.setStroke(HouseTheme.trendStroke());
                g.draw(new Line2D.Double(cx, mid, cx + HouseTheme.LEGEND_LINE_LENGTH, mid));
            } else {
                paintKeySwatch(g, entry.key(), cx + KEY_SWATCH / 2, mid);
            }
            g.setFont(font);
            g.setColor(entry.key() == null ? HouseTheme.BODY_TEXT : HouseTheme.SUBTITLE_TEXT);
            double baseline = mid + (fm.getAscent() - fm.getDescent()) / 2.0;
            g.drawString(entry.label(), (float) (cx + swatch + HouseTheme.LEGEND_SWATCH_GAP), (float) baseline);
            cx += itemWidth + HouseTheme.LEGEND_ITEM_GAP;
        }
        return rowTop + rowHeight;
    }

    private static void paintMeasureSwatch(Graphics2D g, double x, double mid, int colorIndex) {
        Color color = HouseTheme.seriesColor(colorIndex);
        g.setColor(color);
        g.setStroke(HouseTheme.lineStroke(colorIndex));
        g.draw(new Line2D.Double(x, mid, x + HouseTheme.LEGEND_LINE_LENGTH, mid));
        GlyphPainter.paintMarker(g, Glyph.POINT, false, x + HouseTheme.LEGEND_LINE_LENGTH / 2.0, mid, color);
    }

    private static void paintKeySwatch(Graphics2D g, KeyEntry key, double cx, double mid) {
        Color color = HouseTheme.KEY_GLYPH;
        switch (key) {
            case LOWER_BOUND -> GlyphPainter.paintMarker(g, Glyph.LOWER_BOUND, false, cx, mid, color);
            case UPPER_BOUND -> GlyphPainter.paintMarker(g, Glyph.UPPER_BOUND, false, cx, mid, color);
            case SPAN -> GlyphPainter.paintBar(g, cx, mid + 6, mid - 6, color, false);
            case PARTIAL_YEAR -> GlyphPainter.paintMarker(g, Glyph.POINT, true, cx, mid, color);
            case TREND -> { }
            case UNCERTAIN_CHANGE -> GlyphPainter.paintBlock(g, cx - KEY_SWATCH / 2, mid - KEY_SWATCH / 2, KEY_SWATCH,
                    KEY_SWATCH, color, false);
            case CHANGE_RANGE -> GlyphPainter.paintWhisker(g, cx, mid + 6, mid - 6, color);
        }
    }
}
