package yoy.series;

import java.util.List;

/**
 * Everything a chart or table needs of one indicator: its labels and its measures over the span
 * {@code fromYear..toYear}. {@code country} is empty when the corpus covers several.
 */
public record IndicatorSeries(
        String indicator,
        String title,
        String unit,
        String country,
        int fromYear,
        int toYear,
        int decimals,
        List<MeasureSeries> measures) {

    public IndicatorSeries {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("span " + fromYear + ".." + toYear + " is empty");
        }
        measures = List.copyOf(measures);
        country = country == null ? "" : country;
    }
}
