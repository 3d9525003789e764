package yoy.tables;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.model.Interval;
import yoy.model.Observation;

/**
 * {@code observations.csv}: one row per figure read, with its bounds, qualifier, period and quote.
 * {@code value} is empty for vague figures and ranges; an empty {@code low} or {@code high} means
 * unbounded; {@code start}/{@code end} are the quote's character offsets in the document's text, and
 * {@code location} where a reader finds it: {@code p. 223} in a PDF, the nearest heading in a web page, empty
 * for plain text.
 */
public final class ObservationsCsv {

    public static final List<String> HEADER = List.of("indicator", "measure", "year", "value", "low", "high",
            "qualifier", "period_start", "period_end", "doc", "publisher", "quote", "start", "end", "location");

    private ObservationsCsv() {
    }

    public static void write(Writer out, List<Observation> observations, IndicatorSet indicators) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER.toArray(String[]::new));
        for (Observation o : observations) {
            Indicator indicator = indicators.find(o.indicator()).orElseThrow(() ->
                    new IllegalArgumentException("observation of unknown indicator " + o.indicator()));
            int decimals = indicator.decimals();
            Interval iv = o.interval();
            csv.text(o.indicator()).text(o.measure()).integer(o.year())
                    .number(iv.value(), decimals).number(iv.low(), decimals).number(iv.high(), decimals)
                    .text(iv.qualifier().code())
                    .text(month(o.period().start())).text(month(o.period().end()))
                    .text(o.doc()).text(o.publisher()).text(o.source().quote())
                    .integer(o.source().start()).integer(o.source().end()).text(o.source().location());
            csv.endRow();
        }
    }

    static String month(YearMonth ym) {
        return ym == null ? "" : ym.toString();
    }
}
