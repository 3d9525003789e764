package yoy.tables;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.stats.Trend;
import yoy.stats.TrendAnalysis;

/**
 * {@code tables/trends.csv}: the trend statistics of every indicator and measure (see {@link TrendAnalysis} for
 * which figures count and the thresholds). A statistic not computed is an empty cell, never 0. Slopes are in the
 * indicator's unit per year; {@code cagr} is a fraction per year (0.1 = 10%); {@code years} lists the years used,
 * separated by spaces; {@code note} says why statistics are missing, what was left out, and whether {@code mk_p}
 * is exact or a normal approximation.
 */
public final class TrendsCsv {

    public static final List<String> HEADER = List.of("indicator", "measure", "n", "years", "ols_slope", "ols_low",
            "ols_high", "r2", "mk_s", "mk_tau", "mk_p", "theil_sen", "ts_low", "ts_high", "cagr", "note");

    /** Decimals printed: slopes and their intervals, R² and tau; p-values; growth rates. */
    static final int SLOPE_DECIMALS = 6;
    static final int P_DECIMALS = 10;
    static final int CAGR_DECIMALS = 6;

    private TrendsCsv() {
    }

    /** Writes the table and returns the number of data rows. */
    public static int write(Writer out, List<IndicatorSeries> series) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER.toArray(String[]::new));
        int rows = 0;
        for (IndicatorSeries s : series) {
            for (MeasureSeries m : s.measures()) {
                Trend t = TrendAnalysis.analyse(m);
                csv.text(s.indicator()).text(m.measure()).integer(t.n()).text(years(t))
                        .number(t.olsSlope(), SLOPE_DECIMALS).number(t.olsLow(), SLOPE_DECIMALS)
                        .number(t.olsHigh(), SLOPE_DECIMALS).number(t.r2(), SLOPE_DECIMALS);
                if (t.mkS() == null) {
                    csv.empty();
                } else {
                    csv.integer(t.mkS());
                }
                csv.number(t.mkTau(), SLOPE_DECIMALS).number(t.mkP(), P_DECIMALS)
                        .number(t.theilSen(), SLOPE_DECIMALS).number(t.tsLow(), SLOPE_DECIMALS)
                        .number(t.tsHigh(), SLOPE_DECIMALS).number(t.cagr(), CAGR_DECIMALS)
                        .text(note(t));
                csv.endRow();
                rows++;
            }
        }
        return rows;
    }

    private static String years(Trend t) {
        List<String> years = new ArrayList<>();
        for (int y : t.years()) {
            years.add(Integer.toString(y));
        }
        return String.join(" ", years);
    }

    private static String note(Trend t) {
        List<String> parts = new ArrayList<>();
        if (t.insufficient() != null) {
            parts.add(t.insufficient());
        } else if (t.mkP() != null) {
            parts.add(t.mkExact() ? "mk_p exact" : "mk_p normal approximation");
        }
        parts.addAll(t.notes());
        return String.join("; ", parts);
    }
}
