package yoy.series;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.table.TableSlice;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.model.PeriodKind;
import yoy.model.Qualifier;

/**
 * The yearly figures of a run as one Tablesaw table, one row per figure (after the partial-period
 * policy), grouped by indicator, measure and year for reconciliation. Open bounds are missing values,
 * never zero. Tablesaw stays inside this package: callers see {@link Figure}s.
 */
final class FigureTable {

    /** The group a figure belongs to. */
    record Key(String indicator, String measure, int year) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = indicator.compareTo(o.indicator);
            if (c == 0) {
                c = measure.compareTo(o.measure);
            }
            return c != 0 ? c : Integer.compare(year, o.year);
        }
    }

    private final StringColumn indicator = StringColumn.create("indicator");
    private final StringColumn measure = StringColumn.create("measure");
    private final IntColumn year = IntColumn.create("year");
    private final DoubleColumn value = DoubleColumn.create("value");
    private final DoubleColumn low = DoubleColumn.create("low");
    private final DoubleColumn high = DoubleColumn.create("high");
    private final StringColumn qualifier = StringColumn.create("qualifier");
    private final StringColumn periodKind = StringColumn.create("period_kind");
    private final StringColumn periodStart = StringColumn.create("period_start");
    private final StringColumn periodEnd = StringColumn.create("period_end");
    private final StringColumn doc = StringColumn.create("doc");
    private final StringColumn publisher = StringColumn.create("publisher");
    private final IntColumn reportYear = IntColumn.create("report_year");
    private final BooleanColumn curated = BooleanColumn.create("curated");
    private final Table table = Table.create("figures", indicator, measure, year, value, low, high, qualifier,
            periodKind, periodStart, periodEnd, doc, publisher, reportYear, curated);

    void add(String indicatorId, String measureId, int eventYear, Figure f) {
        indicator.append(indicatorId);
        measure.append(measureId);
        year.append(eventYear);
        appendBound(value, f.interval().value());
        appendBound(low, f.interval().low());
        appendBound(high, f.interval().high());
        qualifier.append(f.interval().qualifier().name());
        periodKind.append(f.period().kind().name());
        periodStart.append(f.period().start() == null ? "" : f.period().start().toString());
        periodEnd.append(f.period().end().toString());
        doc.append(f.doc());
        publisher.append(f.publisher());
        reportYear.append(f.reportYear());
        curated.append(f.curated());
    }

    int size() {
        return table.rowCount();
    }

    /** The figures of each indicator, measure and year, keys in order, figures in the order they were added. */
    Map<Key, List<Figure>> byYear() {
        Map<Key, List<Figure>> out = new TreeMap<>();
        if (table.rowCount() == 0) {
            return out;
        }
        for (TableSlice slice : table.splitOn("indicator", "measure", "year")) {
            List<Figure> figures = new ArrayList<>();
            Key key = null;
            for (Row r : slice) {
                key = key == null ? new Key(r.getString("indicator"), r.getString("measure"), r.getInt("year")) : key;
                figures.add(figure(r));
            }
            out.put(key, List.copyOf(figures));
        }
        return out;
    }

    private static Figure figure(Row r) {
        Interval interval = new Interval(bound(r.getDouble("value")), bound(r.getDouble("low")),
                bound(r.getDouble("high")), Qualifier.valueOf(r.getString("qualifier")));
        String start = r.getString("period_start");
        Period period = new Period(PeriodKind.valueOf(r.getString("period_kind")),
                start.isEmpty() ? null : YearMonth.parse(start), YearMonth.parse(r.getString("period_end")));
        return new Figure(interval, period, r.getString("doc"), r.getString("publisher"), r.getInt("report_year"),
                r.getBoolean("curated"));
    }

    private static void appendBound(DoubleColumn column, Double d) {
        if (d == null) {
            column.appendMissing();
        } else {
            column.append(d.doubleValue());
        }
    }

    private static Double bound(double d) {
        return Double.isNaN(d) ? null : d;
    }
}
