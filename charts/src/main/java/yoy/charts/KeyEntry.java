package yoy.charts;

/** The entries of the legend that explain glyphs rather than name measures, shown only when used. */
enum KeyEntry {
    LOWER_BOUND("lower bound (at least)"),
    UPPER_BOUND("upper bound (at most)"),
    SPAN("range"),
    PARTIAL_YEAR("part of the year only"),
    TREND("trend (" + TrendLine.METHOD + ")"),
    /** A year-over-year change whose direction differs between the bounds of the figures. */
    UNCERTAIN_CHANGE("direction uncertain (bounds)"),
    /** The spread of a year-over-year change computed on the low and on the high bounds. */
    CHANGE_RANGE("change on low and high bounds");

    private final String label;

    KeyEntry(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
