package yoy.tables;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import yoy.model.Interval;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;

/**
 * {@code series.csv}: one row per indicator, measure and year of the span, with the year's status.
 * Years without a figure keep their figure cells empty: never zero.
 */
public final class SeriesCsv {

    public static final List<String> HEADER = List.of("indicator", "measure", "year", "status", "value", "low", "high",
            "qualifier", "period_start", "period_end", "partial", "annualised", "sources",
            "publishers");

    private SeriesCsv() {
    }

    /** Writes the table and returns the number of data rows. */
    public static int write(Writer out, List<IndicatorSeries> series) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER.toArray(String[]::new));
        int rows = 0;
        for (IndicatorSeries s : series) {
            for (MeasureSeries m : s.measures()) {
                for (SeriesPoint p : m.points()) {
                    csv.text(s.indicator()).text(m.measure()).integer(p.year()).text(p.status().code());
                    Interval iv = p.interval();
                    if (iv == null) {
                        csv.empty().empty().empty().empty().empty().empty().empty().empty().empty().empty();
                    } else {
                        csv.number(iv.value(), s.decimals()).number(iv.low(), s.decimals()).number(iv.high(), s.decimals())
                                .text(iv.qualifier().code())
                                .text(ObservationsCsv.month(p.period().start())).text(ObservationsCsv.month(p.period().end()))
                                .text(p.isPartial() ? "true" : "false")
                                .text(p.annualised() ? "true" : "false")
                                .integer(p.sources())
                                .text(String.join("; ", p.publishers()));
                    }
                    csv.endRow();
                    rows++;
                }
            }
        }
        return rows;
    }
}
