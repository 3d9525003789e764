package yoy.tables;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import yoy.curation.Decision;
import yoy.indicators.IndicatorSet;

/**
 * {@code tables/decisions.csv}: every human decision applied to the figures, with the reason: extracted
 * figures rejected, corrected or superseded, and curated figures added.
 */
public final class DecisionsCsv {

    public static final List<String> HEADER = List.of("indicator", "measure", "year", "doc", "action",
            "extracted", "decided", "reason", "origin");

    private DecisionsCsv() {
    }

    public static int write(Writer out, List<Decision> decisions, IndicatorSet indicators) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER.toArray(String[]::new));
        for (Decision d : decisions) {
            int decimals = indicators.find(d.indicator()).map(i -> i.decimals()).orElse(0);
            csv.text(d.indicator()).text(d.measure()).integer(d.year()).text(d.doc())
                    .text(d.action().code())
                    .text(d.before() == null ? "" : FigureText.of(d.before(), decimals))
                    .text(d.after() == null ? "" : FigureText.of(d.after(), decimals))
                    .text(d.reason())
                    .text(d.origin());
            csv.endRow();
        }
        return decisions.size();
    }
}
