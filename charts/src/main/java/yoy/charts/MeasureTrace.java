package yoy.charts;

import java.util.Arrays;
import java.util.List;

/**
 * One measure ready to draw. {@code line} holds one value per year of the chart's span, NaN where the
 * measure has no yearly figure, so that the line breaks there instead of dropping to zero.
 * {@code marks} are the glyphs to draw on top of the line, in year order. {@code trend} is null unless the
 * statistics found enough point figures for one. {@code joins[i]} says whether the line may join year
 * {@code i} to year {@code i + 1} (both with figures that compare).
 */
record MeasureTrace(String label, int colorIndex, double[] line, boolean[] joins, List<PlotMark> marks, TrendLine trend) {

    MeasureTrace(String label, int colorIndex, double[] line, List<PlotMark> marks) {
        this(label, colorIndex, line, allJoined(line), marks, null);
    }

    MeasureTrace(String label, int colorIndex, double[] line, List<PlotMark> marks, TrendLine trend) {
        this(label, colorIndex, line, allJoined(line), marks, trend);
    }

    MeasureTrace {
        line = line.clone();
        joins = joins.clone();
        if (joins.length != Math.max(0, line.length - 1)) {
            throw new IllegalArgumentException("one join per pair of years");
        }
        marks = List.copyOf(marks);
    }

    private static boolean[] allJoined(double[] line) {
        boolean[] all = new boolean[Math.max(0, line.length - 1)];
        Arrays.fill(all, true);
        return all;
    }

    @Override
    public double[] line() {
        return line.clone();
    }

    @Override
    public boolean[] joins() {
        return joins.clone();
    }

    /**
     * The line cut where it may not join, one array per run of joined years, NaN outside the run; a lone
     * figure makes no segment (its glyph shows it).
     */
    List<double[]> segments() {
        List<double[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < line.length) {
            if (Double.isNaN(line[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < line.length && !Double.isNaN(line[j + 1]) && joins[j]) {
                j++;
            }
            if (j > i) {
                double[] seg = new double[line.length];
                Arrays.fill(seg, Double.NaN);
                System.arraycopy(line, i, seg, i, j - i + 1);
                out.add(seg);
            }
            i = j + 1;
        }
        return out;
    }

    boolean hasFigures() {
        return !marks.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasureTrace t && label.equals(t.label) && colorIndex == t.colorIndex
                && Arrays.equals(line, t.line) && Arrays.equals(joins, t.joins) && marks.equals(t.marks) && java.util.Objects.equals(trend, t.trend);
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
