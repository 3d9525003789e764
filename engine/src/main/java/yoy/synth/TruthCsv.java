package yoy.synth;

import java.io.IOException;
import java.io.Reader;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import yoy.indicators.IndicatorSet;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.model.PeriodKind;
import yoy.model.Qualifier;
import yoy.tables.CsvReader;
import yoy.tables.CsvWriter;
import yoy.tables.ObservationsCsv;

/** {@code truth.csv}: the ground truth in the columns of {@code observations.csv} ({@link ObservationsCsv#HEADER}). */
public final class TruthCsv {

    private TruthCsv() {
    }

    /** Streams rows to a CSV file; the header goes first. */
    public static final class Writer {
        private final CsvWriter csv;
        private final IndicatorSet indicators;

        public Writer(java.io.Writer out, IndicatorSet indicators) throws IOException {
            this.csv = new CsvWriter(out);
            this.indicators = indicators;
            csv.row(ObservationsCsv.HEADER.toArray(String[]::new));
        }

        public void row(TruthRow t) throws IOException {
            int decimals = indicators.find(t.indicator()).map(i -> i.decimals()).orElse(0);
            Interval iv = t.interval();
            csv.text(t.indicator()).text(t.measure()).integer(t.year())
                    .number(iv.value(), decimals).number(iv.low(), decimals).number(iv.high(), decimals)
                    .text(iv.qualifier().code())
                    .text(month(t.period().start())).text(month(t.period().end()))
                    .text(t.doc()).text(t.publisher()).text(t.quote())
                    .integer(t.start()).integer(t.end()).text(""); // plain text has no location
            csv.endRow();
        }

        private static String month(YearMonth ym) {
            return ym == null ? "" : ym.toString();
        }
    }

    /** Reads a truth file written by {@link Writer}; {@code name} is used in error messages. */
    public static List<TruthRow> read(Reader in, String name) throws IOException {
        List<List<String>> rows = CsvReader.rows(name, in);
        if (rows.isEmpty() || !rows.get(0).equals(ObservationsCsv.HEADER)) {
            throw new IllegalArgumentException(name + ":1:1: not a truth file; expected the header "
                    + String.join(",", ObservationsCsv.HEADER));
        }
        List<TruthRow> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            try {
                if (r.size() != ObservationsCsv.HEADER.size()) {
                    throw new IllegalArgumentException("expected " + ObservationsCsv.HEADER.size() + " cells, found " + r.size());
                }
                Interval iv = new Interval(num(r.get(3)), num(r.get(4)), num(r.get(5)), Qualifier.fromCode(r.get(6)));
                Period period = period(r.get(7), r.get(8));
                out.add(new TruthRow(text(r, 9), text(r, 10), text(r, 0), text(r, 1), Integer.parseInt(r.get(2)), iv,
                        period, text(r, 11), Integer.parseInt(r.get(12)), Integer.parseInt(r.get(13))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ":1: bad truth row (" + e.getMessage() + ")", e);
            }
        }
        return out;
    }

    private static String text(List<String> row, int i) {
        return CsvReader.unprotect(row.get(i));
    }

    private static Double num(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static Period period(String start, String end) {
        YearMonth e = YearMonth.parse(end);
        if (start.isEmpty()) {
            return Period.cumulative(null, e);
        }
        YearMonth s = YearMonth.parse(start);
        if (s.getYear() != e.getYear()) {
            return new Period(PeriodKind.CUMULATIVE, s, e);
        }
        return Period.months(e.getYear(), s.getMonthValue(), e.getMonthValue());
    }
}
