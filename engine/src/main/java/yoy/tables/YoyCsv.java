package yoy.tables;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yoy.change.Delta;
import yoy.change.YearChange;
import yoy.series.IndicatorSeries;

/**
 * {@code tables/yoy.csv}: one row per year with a figure and an earlier year with a figure, per indicator
 * and measure. Changes use the indicator's decimals, percentages {@value #PERCENT_DECIMALS} decimal;
 * cells that cannot be computed stay empty.
 */
public final class YoyCsv {

    public static final int PERCENT_DECIMALS = 1;

    public static final List<String> HEADER = List.of("indicator", "measure", "from_year", "to_year", "status",
            "same_period", "from_figure", "to_figure", "change", "pct_change", "change_low", "change_high",
            "pct_change_low", "pct_change_high", "direction", "direction_robust",
            "gap_years", "gap_change_low", "gap_change_high", "gap_pct_change_low", "gap_pct_change_high", "note");

    private YoyCsv() {
    }

    /** Writes the table and returns the number of data rows. */
    public static int write(Writer out, List<IndicatorSeries> series, List<YearChange> changes) throws IOException {
        Map<String, Integer> decimals = new HashMap<>();
        for (IndicatorSeries s : series) {
            decimals.put(s.indicator(), s.decimals());
        }
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER.toArray(String[]::new));
        for (YearChange c : changes) {
            int d = decimals.getOrDefault(c.indicator(), 0);
            csv.text(c.indicator()).text(c.measure()).integer(c.fromYear()).integer(c.toYear())
                    .text(c.status().code()).text(Boolean.toString(c.samePeriod()))
                    .text(figure(c.from(), c.fromPeriod(), d)).text(figure(c.to(), c.toPeriod(), d));
            Delta y = c.delta();
            if (y == null) {
                csv.empty().empty().empty().empty().empty().empty().empty().empty();
            } else {
                csv.number(y.change(), d).number(y.percent(), PERCENT_DECIMALS)
                        .number(y.lowChange(), d).number(y.highChange(), d)
                        .number(y.lowPercent(), PERCENT_DECIMALS).number(y.highPercent(), PERCENT_DECIMALS)
                        .text(y.direction() == null ? "" : y.direction().code())
                        .text(Boolean.toString(y.robust()));
            }
            Delta g = c.gapDelta();
            if (c.years() > 1) {
                csv.integer(c.years());
            } else {
                csv.empty();
            }
            if (g == null) {
                csv.empty().empty().empty().empty();
            } else {
                csv.number(g.lowChange(), d).number(g.highChange(), d)
                        .number(g.lowPercent(), PERCENT_DECIMALS).number(g.highPercent(), PERCENT_DECIMALS);
            }
            csv.text(c.note());
            csv.endRow();
        }
        return changes.size();
    }

    private static String figure(yoy.model.Interval iv, yoy.model.Period period, int decimals) {
        String text = FigureText.of(iv, decimals);
        return period.isPartialYear() ? text + " (" + period.label() + ")" : text;
    }
}
