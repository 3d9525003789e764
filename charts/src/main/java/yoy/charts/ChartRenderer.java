package yoy.charts;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import yoy.series.IndicatorSeries;

/**
 * Renders one indicator's yearly series as a chart in the {@link HouseTheme house style}, to PNG or SVG.
 * Output is deterministic: the same series gives the same bytes, whatever the time zone or locale.
 * Files are written to a temporary file next to the target and moved into place, so a reader never
 * sees half a chart.
 */
public final class ChartRenderer {

    /** Largest supported PNG scale factor. */
    public static final int MAX_SCALE = 4;

    private ChartRenderer() {
    }

    /**
     * Writes a PNG of {@code scale} × 850×600 pixels: scale 2 is a true 2× render (everything drawn at twice
     * the size), not an enlarged bitmap.
     *
     * @throws yoy.error.YoyException with {@link yoy.error.ExitCode#CANT_WRITE} when the file cannot be written
     */
    public static void writePng(IndicatorSeries series, Path file, int scale) {
        AtomicFiles.write(file, png(series, scale));
    }

    /**
     * Writes an SVG of 850×600 units.
     *
     * @throws yoy.error.YoyException with {@link yoy.error.ExitCode#CANT_WRITE} when the file cannot be written
     */
    public static void writeSvg(IndicatorSeries series, Path file) {
        AtomicFiles.write(file, svg(series));
    }

    /** The PNG bytes, as {@link #writePng} would write them. */
    public static byte[] png(IndicatorSeries series, int scale) {
        return png(figure(series), scale);
    }

    /** Above this many measures with figures, one line chart gets unreadable: one panel per measure instead. */
    static final int MAX_LINES = 4;

    /**
     * The figure for one indicator: a line chart, or, when more than {@link #MAX_LINES} measures have figures
     * (often of different units and sizes, such as cases and people), one small panel per measure with its own
     * scale. Measures without any figure are never drawn; the note names them.
     */
    static Figure figure(IndicatorSeries series) {
        ChartPlan plan = ChartPlanner.plan(series);
        long drawn = plan.traces().stream().filter(MeasureTrace::hasFigures).count();
        if (drawn <= MAX_LINES) {
            return Figure.of(plan);
        }
        java.util.List<Panel> panels = new java.util.ArrayList<>();
        java.util.List<String> empty = new java.util.ArrayList<>();
        for (int i = 0; i < series.measures().size(); i++) {
            var m = series.measures().get(i);
            IndicatorSeries one = new IndicatorSeries(series.indicator(), series.title(), series.unit(),
                    series.country(), series.fromYear(), series.toYear(), series.decimals(), java.util.List.of(m));
            ChartPlan p = ChartPlanner.plan(one);
            String label = plan.traces().get(i).label();
            if (p.hasFigures()) {
                panels.add(new Panel(label, p));
            } else {
                empty.add(label);
            }
        }
        String subtitle = plan.subtitle() + " · one panel per measure, each on its own scale";
        return CompareRenderer.multiples(plan.title(), subtitle, panels,
                empty.isEmpty() ? "" : "No figure in any year: " + String.join("; ", empty) + ".");
    }

    /** The SVG bytes (UTF-8), as {@link #writeSvg} would write them. */
    public static byte[] svg(IndicatorSeries series) {
        return svg(figure(series));
    }

    static byte[] png(Figure plan, int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1.." + MAX_SCALE + ", got " + scale);
        }
        BufferedImage image = new BufferedImage(HouseTheme.WIDTH * scale, HouseTheme.HEIGHT * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            FigurePainter.paint(g, plan);
        } finally {
            g.dispose();
        }
        return encodePng(image);
    }

    static byte[] svg(Figure plan) {
        VectorGraphics2D g = new VectorGraphics2D();
        FigurePainter.paint(g, plan);
        Document document = new SVGProcessor().getDocument(g.getCommands(),
                new PageSize(0, 0, HouseTheme.WIDTH, HouseTheme.HEIGHT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SvgIds.renumber(out.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encodePng(BufferedImage image) {
        return PngEncoder.encode(image);
    }
}
