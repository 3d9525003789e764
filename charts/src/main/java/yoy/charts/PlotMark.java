package yoy.charts;

/**
 * One figure as the chart draws it. {@code anchor} is where the measure's line passes (the figure's
 * point estimate); {@code low}/{@code high} are the ends of a {@link Glyph#SPAN} bar and NaN for the
 * other glyphs. {@code partialYear} marks a figure that covers only some months of its year.
 */
record PlotMark(int year, double anchor, double low, double high, Glyph glyph, boolean partialYear) {

    PlotMark {
        if (!Double.isFinite(anchor)) {
            throw new IllegalArgumentException("year " + year + ": a drawn figure needs a finite anchor");
        }
        if (glyph == Glyph.SPAN && !(low < high)) {
            throw new IllegalArgumentException("year " + year + ": a span needs low < high");
        }
    }

    /** The highest value the glyph reaches, used to size the y axis. */
    double top() {
        return glyph == Glyph.SPAN ? high : anchor;
    }
}
