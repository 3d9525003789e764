package yoy.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * Draws glyphs in screen coordinates, the same way in the plot and in the legend key, so that the key
 * always matches the data. Filled glyphs are full-year figures, hollow ones cover part of the year.
 */
final class GlyphPainter {

    /** Triangles look smaller than circles of the same width; this evens out their visual weight. */
    private static final double TRIANGLE_SCALE = 1.3;
    /** The dot at a span's anchor, where the line meets the bar, is smaller than a point marker. */
    private static final double SPAN_DOT_SCALE = 0.62;

    private GlyphPainter() {
    }

    /** A point, bound or span-anchor glyph centred on (x, y). */
    static void paintMarker(Graphics2D g, Glyph glyph, boolean hollow, double x, double y, Color color) {
        double size = HouseTheme.MARKER_SIZE;
        Shape shape = switch (glyph) {
            case POINT -> circle(x, y, size);
            case SPAN -> circle(x, y, size * SPAN_DOT_SCALE);
            case LOWER_BOUND -> triangle(x, y, size * TRIANGLE_SCALE, true);
            case UPPER_BOUND -> triangle(x, y, size * TRIANGLE_SCALE, false);
        };
        if (hollow) {
            g.setColor(HouseTheme.BACKGROUND);
            g.fill(shape);
            g.setColor(color);
            g.setStroke(new BasicStroke(HouseTheme.HOLLOW_OUTLINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(shape);
        } else {
            g.setColor(color);
            g.fill(shape);
        }
    }

    /** A vertical bar from yLow to yHigh (screen y, so yLow is below yHigh) with short caps at both ends. */
    static void paintBar(Graphics2D g, double x, double yLow, double yHigh, Color color, boolean dashed) {
        g.setColor(color);
        BasicStroke stroke = dashed
                ? new BasicStroke(HouseTheme.BAR_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {3f, 2.5f}, 0f)
                : HouseTheme.barStroke();
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x, yLow, x, yHigh));
        g.setStroke(HouseTheme.barStroke());
        double cap = HouseTheme.BAR_CAP_HALF_WIDTH;
        g.draw(new Line2D.Double(x - cap, yLow, x + cap, yLow));
        g.draw(new Line2D.Double(x - cap, yHigh, x + cap, yHigh));
    }

    /**
     * A bar or swatch block: filled when {@code solid}, else outlined and hatched, so that an uncertain
     * change reads as lighter than a certain one in colour and in grey print alike.
     */
    static void paintBlock(Graphics2D g, double x, double y, double width, double height, Color color, boolean solid) {
        java.awt.geom.Rectangle2D.Double r = new java.awt.geom.Rectangle2D.Double(x, y, width, height);
        if (solid) {
            g.setColor(color);
            g.fill(r);
            return;
        }
        g.setColor(HouseTheme.BACKGROUND);
        g.fill(r);
        Shape saved = g.getClip();
        g.clip(r);
        g.setColor(color);
        g.setStroke(new BasicStroke(1f));
        double step = HouseTheme.HATCH_STEP;
        for (double d = -height; d < width + height; d += step) {
            g.draw(new Line2D.Double(x + d, y + height, x + d + height, y));
        }
        g.setClip(saved);
        g.setStroke(new BasicStroke(HouseTheme.HOLLOW_OUTLINE_WIDTH * 0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new java.awt.geom.Rectangle2D.Double(x + 0.7, y + 0.7, Math.max(0, width - 1.4), Math.max(0, height - 1.4)));
    }

    /** A thin dark whisker with caps, for the spread of a change between bounds. */
    static void paintWhisker(Graphics2D g, double x, double yLow, double yHigh, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(x, yLow, x, yHigh));
        double cap = HouseTheme.BAR_CAP_HALF_WIDTH * 0.8;
        g.draw(new Line2D.Double(x - cap, yLow, x + cap, yLow));
        g.draw(new Line2D.Double(x - cap, yHigh, x + cap, yHigh));
    }

    private static Shape circle(double x, double y, double diameter) {
        return new Ellipse2D.Double(x - diameter / 2, y - diameter / 2, diameter, diameter);
    }

    /**
     * An equilateral-ish triangle whose centroid sits on (x, y), pointing up for a lower bound (the true
     * value may be higher) and down for an upper bound.
     */
    private static Shape triangle(double x, double y, double width, boolean up) {
        double height = width * 0.87;
        double apex = up ? -2 * height / 3 : 2 * height / 3;
        double base = up ? height / 3 : -height / 3;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y + apex);
        p.lineTo(x + width / 2, y + base);
        p.lineTo(x - width / 2, y + base);
        p.closePath();
        return p;
    }
}
