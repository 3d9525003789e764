package yoy.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every style decision of a yoy chart, in one place: canvas, fonts, colours, strokes, glyph sizes and
 * margins. All lengths are in logical pixels of the 850×600 canvas; a scale-2 render multiplies them by
 * drawing through a 2× transform, never by resampling a bitmap.
 */
public final class HouseTheme {

    /** Logical canvas size at scale 1. */
    public static final int WIDTH = 850;
    public static final int HEIGHT = 600;

    /** The family we ask for by name, so that charts do not depend on what "SansSerif" maps to. */
    public static final String PREFERRED_FAMILY = "DejaVu Sans";
    /** Used when {@link #PREFERRED_FAMILY} is not installed (Debian: package fonts-dejavu-core). */
    public static final String FALLBACK_FAMILY = Font.SANS_SERIF;
    /** The family actually used on this machine. */
    public static final String FAMILY = resolveFamily();

    /** Okabe–Ito, colour-blind safe; yellow dropped because it vanishes on white. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xE69F00), new Color(0x000000));

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TITLE_TEXT = new Color(0x1D1D1D);
    public static final Color SUBTITLE_TEXT = new Color(0x5B5B5B);
    public static final Color BODY_TEXT = new Color(0x3A3A3A);
    public static final Color NOTE_TEXT = new Color(0x6A6A6A);
    public static final Color TICK_TEXT = new Color(0x666666);
    public static final Color GRID = new Color(0xE3E3E3);
    public static final Color AXIS = new Color(0x8C8C8C);
    /** Colour of the glyph key in the legend, which explains shapes rather than measures. */
    public static final Color KEY_GLYPH = new Color(0x555555);

    public static final float TITLE_SIZE = 21f;
    public static final float SUBTITLE_SIZE = 14f;
    public static final float LEGEND_SIZE = 13f;
    public static final float TICK_SIZE = 12.5f;
    public static final float NOTE_SIZE = 11.5f;
    public static final float MESSAGE_SIZE = 15f;

    public static final int MARGIN_LEFT = 28;
    public static final int MARGIN_RIGHT = 28;
    public static final int MARGIN_TOP = 22;
    public static final int MARGIN_BOTTOM = 16;
    /** Vertical gaps between the blocks of the figure. */
    public static final int GAP_AFTER_TITLE = 5;
    public static final int GAP_AFTER_SUBTITLE = 12;
    public static final int GAP_AFTER_LEGEND = 6;
    public static final int GAP_BEFORE_FOOTER = 8;
    public static final int FOOTER_LINE_GAP = 2;
    /** Notes longer than this many lines are cut with an ellipsis rather than squeezing the plot. */
    public static final int MAX_NOTE_LINES = 5;

    public static final int LEGEND_ITEM_GAP = 20;
    public static final int LEGEND_SWATCH_GAP = 6;
    public static final int LEGEND_LINE_LENGTH = 24;
    public static final int LEGEND_ROW_GAP = 4;

    public static final float LINE_WIDTH = 2.25f;
    public static final float GRID_WIDTH = 1f;
    /** Diameter of a point marker; bound triangles and bars are sized from it. */
    public static final double MARKER_SIZE = 8.5;
    public static final float HOLLOW_OUTLINE_WIDTH = 1.8f;
    public static final float BAR_WIDTH = 2.5f;
    public static final double BAR_CAP_HALF_WIDTH = 5;
    /** Share of the plot XChart leaves empty around the data, so that edge markers are not cut. */
    public static final double PLOT_CONTENT_SIZE = 0.93;

    private HouseTheme() {
    }

    public static Font font(int style, float size) {
        return new Font(FAMILY, style, 1).deriveFont(size);
    }

    public static Font titleFont() {
        return font(Font.BOLD, TITLE_SIZE);
    }

    public static Font subtitleFont() {
        return font(Font.PLAIN, SUBTITLE_SIZE);
    }

    public static Font legendFont() {
        return font(Font.PLAIN, LEGEND_SIZE);
    }

    public static Font tickFont() {
        return font(Font.PLAIN, TICK_SIZE);
    }

    public static Font noteFont() {
        return font(Font.PLAIN, NOTE_SIZE);
    }

    public static Font messageFont() {
        return font(Font.ITALIC, MESSAGE_SIZE);
    }

    /** The colour of the i-th measure; cycles when there are more measures than colours. */
    public static Color seriesColor(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /**
     * The line of the i-th measure: solid for the first round of the palette, dashed once colours repeat,
     * so that two measures never look the same.
     */
    public static BasicStroke lineStroke(int index) {
        if (index < PALETTE.size()) {
            return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    /** Distance between the hatch lines of an uncertain bar. */
    public static final double HATCH_STEP = 4.5;
    /** Colour of the zero line of a change chart, darker than the grid: up and down meet there. */
    public static final Color BASELINE = new Color(0x8C8C8C);
    /** Share of a year slot taken by its group of change bars. */
    public static final double BAR_GROUP_SHARE = 0.72;
    /** The widest a single change bar gets, however few there are. */
    public static final double MAX_BAR_WIDTH = 44;
    public static final float BAR_LABEL_SIZE = 11f;

    public static Font barLabelFont() {
        return font(Font.PLAIN, BAR_LABEL_SIZE);
    }

    /** Thin and dashed: a fitted trend is a summary, never to be mistaken for the data line. */
    public static final float TREND_WIDTH = 1.4f;

    public static BasicStroke trendStroke() {
        return new BasicStroke(TREND_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {5f, 4f}, 0f);
    }

    public static BasicStroke barStroke() {
        return new BasicStroke(BAR_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
    }

    public static BasicStroke gridStroke() {
        return new BasicStroke(GRID_WIDTH);
    }

    /**
     * Antialiasing on and explicit, and grey-scale text (never LCD sub-pixel, which depends on the
     * display), so that the same input gives the same pixels on every machine.
     */
    public static void applyRenderingHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static String resolveFamily() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        return Arrays.asList(families).contains(PREFERRED_FAMILY) ? PREFERRED_FAMILY : FALLBACK_FAMILY;
    }
}
