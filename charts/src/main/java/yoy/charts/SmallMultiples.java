package yoy.charts;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;

/**
 * Paints panels in a grid: each panel has a bold heading, a one-line key of its measures in their colours,
 * and its own plot with its own y scale. Every panel spans the same years, so that the eye can move down a
 * column and compare the same year. Gaps stay gaps, glyphs keep their meaning; the shared glyph key is in
 * the figure's legend.
 */
final class SmallMultiples {

    private static final double PANEL_GAP_X = 26;
    private static final double PANEL_GAP_Y = 14;
    private static final float HEADING_SIZE = 13.5f;
    private static final float KEY_SIZE = 11.5f;

    private SmallMultiples() {
    }

    static int columns(int panels) {
        return panels <= 1 ? 1 : panels <= 4 ? 2 : 3;
    }

    static void paint(Graphics2D g, List<Panel> panels, double x, double y, int width, int height) {
        int cols = columns(panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        double pw = (width - (cols - 1) * PANEL_GAP_X) / cols;
        double ph = (height - (rows - 1) * PANEL_GAP_Y) / rows;
        for (int i = 0; i < panels.size(); i++) {
            double px = x + (i % cols) * (pw + PANEL_GAP_X);
            double py = y + (i / cols) * (ph + PANEL_GAP_Y);
            paintPanel(g, panels.get(i), px, py, pw, ph);
        }
    }

    private static void paintPanel(Graphics2D g, Panel panel, double x, double y, double w, double h) {
        Font heading = HouseTheme.font(Font.BOLD, HEADING_SIZE);
        FontMetrics hfm = g.getFontMetrics(heading);
        String title = TextWrap.lines(panel.heading(), hfm, w, 1).stream().findFirst().orElse("");
        g.setFont(heading);
        g.setColor(HouseTheme.TITLE_TEXT);
        g.drawString(title, (float) x, (float) (y + hfm.getAscent()));
        double top = y + hfm.getAscent() + hfm.getDescent() + 2;

        Font keyFont = HouseTheme.font(Font.PLAIN, KEY_SIZE);
        FontMetrics kfm = g.getFontMetrics(keyFont);
        g.setFont(keyFont);
        double kx = x;
        boolean any = false;
        for (MeasureTrace trace : panel.plan().traces()) {
            if (!trace.hasFigures() || panel.plan().traces().size() == 1) {
                continue;
            }
            String text = trace.label();
            double tw = kfm.stringWidth(text);
            if (kx + tw > x + w) {
                text = "…";
                tw = kfm.stringWidth(text);
                if (kx + tw > x + w) {
                    break;
                }
            }
            g.setColor(HouseTheme.seriesColor(trace.colorIndex()));
            g.drawString(text, (float) kx, (float) (top + kfm.getAscent()));
            kx += tw + 12;
            any = true;
            if (text.equals("…")) {
                break;
            }
        }
        if (any) {
            top += kfm.getAscent() + kfm.getDescent() + 2;
        }
        top += 4;
        PlotArea.paint(g, panel.plan(), x, Math.ceil(top), (int) Math.floor(w), (int) Math.floor(y + h - top));
    }
}
