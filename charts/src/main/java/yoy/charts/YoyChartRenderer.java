package yoy.charts;

import java.nio.file.Path;
import yoy.series.IndicatorSeries;

/**
 * Renders one indicator's year-over-year changes as a bar chart in the house style: one slot per pair of
 * consecutive years, one bar per measure with a change, the absolute change (and percent where defined) on
 * each bar. Years without a figure leave their slots empty, never a zero bar; changes whose direction
 * differs between the bounds of the figures are hatched. An indicator with no change at all still gets a
 * chart, which says so, so that every indicator has the same files. Same canvas, scales and determinism as
 * {@link ChartRenderer}.
 */
public final class YoyChartRenderer {

    private YoyChartRenderer() {
    }

    /** @throws yoy.error.YoyException with exit code 73 when the file cannot be written */
    public static void writePng(IndicatorSeries series, Path file, int scale) {
        AtomicFiles.write(file, png(series, scale));
    }

    /** @throws yoy.error.YoyException with exit code 73 when the file cannot be written */
    public static void writeSvg(IndicatorSeries series, Path file) {
        AtomicFiles.write(file, svg(series));
    }

    public static byte[] png(IndicatorSeries series, int scale) {
        return ChartRenderer.png(figure(series), scale);
    }

    public static byte[] svg(IndicatorSeries series) {
        return ChartRenderer.svg(figure(series));
    }

    static Figure figure(IndicatorSeries series) {
        YoyPlan plan = YoyPlanner.plan(series);
        return new Figure(plan.title(), plan.subtitle(), plan.legend(), plan.source(), plan.note(),
                (g, x, y, w, h) -> YoyArea.paint(g, plan, x, y, w, h));
    }
}
