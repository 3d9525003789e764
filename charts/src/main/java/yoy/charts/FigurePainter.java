package yoy.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and paints a whole figure on a {@link HouseTheme#WIDTH}×{@link HouseTheme#HEIGHT} logical
 * canvas: title and subtitle, legend, the plot, then source and note lines. XChart has no subtitle or
 * footer, so the plot is painted into the space that the texts leave.
 */
final class FigurePainter {

    private static final int MAX_TITLE_LINES = 2;

    private FigurePainter() {
    }

    static void paint(Graphics2D g, ChartPlan plan) {
        paint(g, Figure.of(plan));
    }

    static void paint(Graphics2D g, Figure plan) {
        HouseTheme.applyRenderingHints(g);
        int width = HouseTheme.WIDTH;
        int height = HouseTheme.HEIGHT;
        g.setColor(HouseTheme.BACKGROUND);
        g.fill(new Rectangle2D.Double(0, 0, width, height));

        double left = HouseTheme.MARGIN_LEFT;
        double textWidth = width - HouseTheme.MARGIN_LEFT - HouseTheme.MARGIN_RIGHT;
        double y = HouseTheme.MARGIN_TOP;

        y = drawLines(g, TextWrap.lines(plan.title(), g.getFontMetrics(HouseTheme.titleFont()), textWidth, MAX_TITLE_LINES),
                HouseTheme.titleFont(), HouseTheme.TITLE_TEXT, left, y, 0);
        y += HouseTheme.GAP_AFTER_TITLE;
        y = drawLines(g, TextWrap.lines(plan.subtitle(), g.getFontMetrics(HouseTheme.subtitleFont()), textWidth, 1),
                HouseTheme.subtitleFont(), HouseTheme.SUBTITLE_TEXT, left, y, 0);
        y += HouseTheme.GAP_AFTER_SUBTITLE;
        y = Legend.paint(g, plan.legend(), left, y, textWidth);
        y += HouseTheme.GAP_AFTER_LEGEND;

        Font noteFont = HouseTheme.noteFont();
        FontMetrics nfm = g.getFontMetrics(noteFont);
        List<String> footer = new ArrayList<>(TextWrap.lines(plan.source(), nfm, textWidth, 2));
        footer.addAll(TextWrap.lines(plan.note(), nfm, textWidth, HouseTheme.MAX_NOTE_LINES));
        double lineHeight = nfm.getAscent() + nfm.getDescent() + HouseTheme.FOOTER_LINE_GAP;
        double footerTop = height - HouseTheme.MARGIN_BOTTOM - footer.size() * lineHeight;

        double plotBottom = footerTop - HouseTheme.GAP_BEFORE_FOOTER;
        int plotHeight = (int) Math.floor(plotBottom - y);
        plan.plot().paint(g, left, Math.ceil(y), (int) Math.floor(textWidth), plotHeight);

        if (!footer.isEmpty()) {
            g.setColor(HouseTheme.GRID);
            g.setStroke(HouseTheme.gridStroke());
            g.draw(new Line2D.Double(left, footerTop - 3.5, left + textWidth, footerTop - 3.5));
        }
        drawLines(g, footer, noteFont, HouseTheme.NOTE_TEXT, left, footerTop, HouseTheme.FOOTER_LINE_GAP);
    }

    /** Draws lines top-down from {@code top}; returns the y just below the last line. */
    static double drawLines(Graphics2D g, List<String> lines, Font font, Color color, double x, double top, double gap) {
        FontMetrics fm = g.getFontMetrics(font);
        g.setFont(font);
        g.setColor(color);
        double y = top;
        for (String line : lines) {
            g.drawString(line, (float) x, (float) (y + fm.getAscent()));
            y += fm.getAscent() + fm.getDescent() + gap;
        }
        return y;
    }
}
