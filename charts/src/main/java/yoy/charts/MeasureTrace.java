package yoy.charts;

import java.util.Arrays;
import java.util.List;

/**
 * One measure ready to draw. {@code line} holds one value per year of the chart's span, NaN where the
 * measure has no yearly figure, so that the line breaks there instead of dropping to zero.
 * {@code marks} are the glyphs to draw on top of the line, in year order. {@code trend} is null unless the
 * statistics found enough point figures for one.
 */
record MeasureTrace(String label, int colorIndex, double[] line, List<PlotMark> marks, TrendLine trend) {

    MeasureTrace(String label, int colorIndex, double[] line, List<PlotMark> marks) {
        this(label, colorIndex, line, marks, null);
    }

    MeasureTrace {
        line = line.clone();
        marks = List.copyOf(marks);
    }

    @Override
    public double[] line() {
        return line.clone();
    }

    boolean hasFigures() {
        return !marks.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasureTrace t && label.equals(t.label) && colorIndex == t.colorIndex
                && Arrays.equals(line, t.line) && marks.equals(t.marks) && java.util.Objects.equals(trend, t.trend);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * label.hashCode() + Arrays.hashCode(line)) + marks.hashCode();
    }

    @Override
    public String toString() {
        return "MeasureTrace[" + label + ", line=" + Arrays.toString(line) + ", marks=" + marks + ", trend=" + trend + "]";
    }
}
