package yoy.tables;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import yoy.model.Interval;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

/**
 * {@code tables/series-wide.csv} for report writers: one row per indicator and measure, one column per
 * year. A cell is the figure as a writer would quote it ("154", "≥154", "&gt;154", "≤200000", "~1600",
 * "200–999"), followed by " (Jan–Oct 2021)" for a part-year figure and " (conflict)" when reports disagree.
 * Years without a figure are empty, never 0; their reason is in {@code series.csv}.
 */
public final class SeriesWideCsv {

    private SeriesWideCsv() {
    }

    public static List<String> header(List<IndicatorSeries> series) {
        List<String> header = new ArrayList<>(List.of("indicator", "measure"));
        if (!series.isEmpty()) {
            for (int y = from(series); y <= to(series); y++) {
                header.add(Integer.toString(y));
            }
        }
        return header;
    }

    /** Writes the table and returns the number of data rows. */
    public static int write(Writer out, List<IndicatorSeries> series) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(header(series).toArray(String[]::new));
        int rows = 0;
        for (IndicatorSeries s : series) {
            for (MeasureSeries m : s.measures()) {
                csv.text(s.indicator()).text(m.measure());
                for (int y = from(series); y <= to(series); y++) {
                    csv.text(cell(point(m, y), s.decimals()));
                }
                csv.endRow();
                rows++;
            }
        }
        return rows;
    }

    /** The cell for one point; empty for a point without a figure. */
    public static String cell(SeriesPoint p, int decimals) {
        if (p == null || !p.status().hasFigure()) {
            return "";
        }
        StringBuilder b = new StringBuilder(figure(p.interval(), decimals));
        if (p.annualised()) {
            b.append(" (annualised from ").append(p.period().label()).append(')');
        } else if (p.isPartial()) {
            b.append(" (").append(p.period().label()).append(')');
        }
        if (p.status() == YearStatus.CONFLICT) {
            b.append(" (conflict)");
        }
        return b.toString();
    }

    /** A figure in report-writer notation. */
    public static String figure(Interval iv, int decimals) {
        return switch (iv.qualifier()) {
            case EXACT -> n(iv.value(), decimals);
            case ABOUT -> "~" + n(iv.value(), decimals);
            case AT_LEAST -> "≥" + n(iv.low(), decimals);
            case MORE_THAN -> ">" + n(iv.low(), decimals);
            case UP_TO, AT_MOST -> "≤" + n(iv.high(), decimals);
            case RANGE, VAGUE -> iv.low() == null ? "≤" + n(iv.high(), decimals)
                    : iv.high() == null ? "≥" + n(iv.low(), decimals)
                    : n(iv.low(), decimals) + "–" + n(iv.high(), decimals);
        };
    }

    private static String n(Double d, int decimals) {
        return d == null ? "?" : Numbers.format(d, decimals);
    }

    private static SeriesPoint point(MeasureSeries m, int year) {
        for (SeriesPoint p : m.points()) {
            if (p.year() == year) {
                return p;
            }
        }
        return null;
    }

    private static int from(List<IndicatorSeries> series) {
        return series.stream().mapToInt(IndicatorSeries::fromYear).min().orElseThrow();
    }

    private static int to(List<IndicatorSeries> series) {
        return series.stream().mapToInt(IndicatorSeries::toYear).max().orElseThrow();
    }
}
