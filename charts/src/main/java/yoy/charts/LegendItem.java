package yoy.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a legend: a measure drawn as a line or as bars (its colour), or a key entry explaining a
 * glyph in neutral grey.
 */
record LegendItem(String label, Swatch swatch, int colorIndex, KeyEntry key) {

    enum Swatch { LINE, BAR, KEY }

    static LegendItem line(String label, int colorIndex) {
        return new LegendItem(label, Swatch.LINE, colorIndex, null);
    }

    static LegendItem bar(String label, int colorIndex) {
        return new LegendItem(label, Swatch.BAR, colorIndex, null);
    }

    static LegendItem key(KeyEntry key) {
        return new LegendItem(key.label(), Swatch.KEY, -1, key);
    }

    /** Measures of a line chart, then its glyph key. */
    static List<LegendItem> lines(ChartPlan plan) {
        List<LegendItem> items = new ArrayList<>();
        // a measure with no figure at all has nothing to point at: the note names it instead
        boolean any = plan.hasFigures();
        for (MeasureTrace trace : plan.traces()) {
            if (trace.hasFigures() || !any) {
                items.add(line(trace.label(), trace.colorIndex()));
            }
        }
        for (KeyEntry key : plan.key()) {
            items.add(key(key));
        }
        return items;
    }
}
