package yoy.tables;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import yoy.curation.Decision;
import yoy.curation.Override;
import yoy.indicators.IndicatorSet;

/** {@code tables/decisions.csv}: every figure a human override rejected or corrected, with the reason. */
public final class DecisionsCsv {

    public static final List<String> HEADER = List.of("indicator", "measure", "year", "doc", "action",
            "extracted", "decided", "reason", "override");

    private DecisionsCsv() {
    }

    public static int write(Writer out, List<Decision> decisions, IndicatorSet indicators) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER.toArray(String[]::new));
        for (Decision d : decisions) {
            Override o = d.override();
            int decimals = indicators.find(o.indicator()).map(i -> i.decimals()).orElse(0);
            csv.text(o.indicator()).text(o.measure()).integer(o.year()).text(o.doc())
                    .text(o.action().name().toLowerCase(java.util.Locale.ROOT))
                    .text(FigureText.of(d.before().interval(), decimals))
                    .text(d.after() == null ? "" : FigureText.of(d.after().interval(), decimals))
                    .text(o.reason())
                    .text(o.file() + ":" + o.line() + ":" + o.col());
            csv.endRow();
        }
        return decisions.size();
    }
}
