package yoy.series;

import java.util.List;

/** The yearly points of one measure of an indicator, one per year of the span, in year order. */
public record MeasureSeries(String measure, String label, List<SeriesPoint> points) {

    public MeasureSeries {
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).year() != points.get(i - 1).year() + 1) {
                throw new IllegalArgumentException("measure " + measure + ": years must be consecutive");
            }
        }
    }
}
