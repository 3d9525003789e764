package yoy.charts;

import java.util.List;

/**
 * Everything drawn on one chart, decided before any drawing starts: the texts, the traces, the y scale
 * and which glyphs the legend must explain. Pure data, no XChart and no AWT, so that tests can read it.
 * A later trend line belongs here too, as one more layer per trace.
 */
record ChartPlan(
        String title,
        String subtitle,
        int fromYear,
        int toYear,
        List<MeasureTrace> traces,
        YScale yScale,
        List<KeyEntry> key,
        String source,
        String note) {

    ChartPlan {
        traces = List.copyOf(traces);
        key = List.copyOf(key);
    }

    int yearCount() {
        return toYear - fromYear + 1;
    }

    boolean hasFigures() {
        return traces.stream().anyMatch(MeasureTrace::hasFigures);
    }
}
