package yoy.charts;

import java.util.List;

/**
 * Everything drawn on one year-over-year chart: one slot per pair of consecutive years of the span, bars
 * where a change is computed, short marks where it is not comparable, nothing where a year has no figure.
 * {@code message} is non-empty when no bar at all can be drawn.
 */
record YoyPlan(
        String title,
        String subtitle,
        int fromYear,
        int toYear,
        List<YoyBar> bars,
        List<YoyMark> marks,
        List<LegendItem> legend,
        YScale scale,
        String source,
        String note,
        String message) {

    static final String NO_CHANGE = "No consecutive years with figures to compare";

    YoyPlan {
        bars = List.copyOf(bars);
        marks = List.copyOf(marks);
        legend = List.copyOf(legend);
    }

    /** Number of slots: one per pair of consecutive years, at least one so that the axis can be drawn. */
    int slots() {
        return Math.max(1, toYear - fromYear);
    }

    /** "2021–22": the change from the first year to the second. */
    String slotLabel(int slot) {
        int a = fromYear + slot;
        int b = a + 1;
        String tail = a / 100 == b / 100 ? String.format(java.util.Locale.ROOT, "%02d", b % 100) : Integer.toString(b);
        return a + "–" + tail;
    }
}
