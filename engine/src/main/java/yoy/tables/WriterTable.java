package yoy.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import yoy.model.Interval;
import yoy.model.Qualifier;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

/**
 * One indicator as a table a report writer pastes: years as rows (every year of the span, so gaps stay
 * visible), measures as columns. A cell is the figure as a writer would quote it ("154", "≥154", "about 30",
 * "10–15"), with superscript footnote marks for part-year figures, conflicting reports and vague quantities.
 * A year without a figure is {@value #NO_REPORT} when no report covers it and {@value #NOT_REPORTED} when
 * a report covers it but gives no figure; never 0. Markdown, CSV and HTML renderings share this model.
 */
public record WriterTable(String indicator, String title, String unit, String country, int fromYear, int toYear,
                          List<String> columns, List<Row> rows, List<String> footnotes, List<String> publishers) {

    /** The cell of a year no report covers. */
    public static final String NO_REPORT = "–";
    /** The cell of a year a report covers without giving a figure. */
    public static final String NOT_REPORTED = "n.r.";

    public WriterTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        footnotes = List.copyOf(footnotes);
        publishers = List.copyOf(publishers);
    }

    /** One year of the table. */
    public record Row(int year, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One figure, or the mark of a missing year, with the numbers (1-based) of its footnotes. */
    public record Cell(String figure, YearStatus status, List<Integer> notes) {
        public Cell {
            notes = List.copyOf(notes);
        }

        /** The figure followed by its footnote marks: "66¹". */
        public String text() {
            StringBuilder b = new StringBuilder(figure);
            for (int i = 0; i < notes.size(); i++) {
                b.append(i == 0 ? "" : ",").append(superscript(notes.get(i)));
            }
            return b.toString();
        }
    }

    public static WriterTable of(IndicatorSeries s) {
        Map<String, Integer> notes = new LinkedHashMap<>();
        TreeSet<String> publishers = new TreeSet<>();
        List<String> columns = new ArrayList<>();
        for (MeasureSeries m : s.measures()) {
            columns.add(m.label() == null || m.label().isBlank() ? m.measure() : m.label());
        }
        List<Row> rows = new ArrayList<>();
        for (int year = s.fromYear(); year <= s.toYear(); year++) {
            List<Cell> cells = new ArrayList<>();
            for (MeasureSeries m : s.measures()) {
                SeriesPoint p = point(m, year);
                cells.add(cell(p, s.decimals(), notes));
                if (p != null && p.status().hasFigure()) {
                    publishers.addAll(p.publishers());
                }
            }
            rows.add(new Row(year, cells));
        }
        return new WriterTable(s.indicator(), s.title(), s.unit(), s.country(), s.fromYear(), s.toYear(), columns,
                rows, List.copyOf(notes.keySet()), List.copyOf(publishers));
    }

    private static Cell cell(SeriesPoint p, int decimals, Map<String, Integer> notes) {
        if (p == null || p.status() == YearStatus.NO_REPORT) {
            return new Cell(NO_REPORT, YearStatus.NO_REPORT, List.of());
        }
        if (!p.status().hasFigure()) {
            return new Cell(NOT_REPORTED, p.status(), List.of());
        }
        List<Integer> marks = new ArrayList<>();
        if (p.isPartial()) {
            marks.add(note(notes, p.period().label() + " only, not the whole year"));
        }
        if (p.interval().qualifier() == Qualifier.VAGUE) {
            marks.add(note(notes, "a quantity in words (such as \"hundreds\"), shown as its range"));
        }
        if (p.status() == YearStatus.CONFLICT) {
            marks.add(note(notes, "reports disagree; the figure shown is the one the indicator's rule picks"));
        }
        return new Cell(figure(p.interval(), decimals), p.status(), marks);
    }

    private static int note(Map<String, Integer> notes, String text) {
        return notes.computeIfAbsent(text, t -> notes.size() + 1);
    }

    /** A figure in writer notation: "154", "≥154", "&gt;154", "≤200", "about 30", "10–15". */
    public static String figure(Interval iv, int decimals) {
        if (iv.qualifier() == Qualifier.ABOUT) {
            return "about " + Numbers.format(iv.value(), decimals);
        }
        return SeriesWideCsv.figure(iv, decimals);
    }

    /** The footnote mark for note {@code n}: ¹, ², … ¹⁰. */
    public static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    /** The heading: "Detentions of protesters (people), Kazakhstan, 2016–2024". */
    public String caption() {
        StringBuilder b = new StringBuilder(title);
        if (!unit.isBlank()) {
            b.append(" (").append(unit).append(')');
        }
        if (!country.isBlank()) {
            b.append(", ").append(country);
        }
        b.append(", ").append(fromYear == toYear ? Integer.toString(fromYear) : fromYear + "–" + toYear);
        return b.toString();
    }

    /** What the marks mean; figures are never filled in, so the two kinds of missing year are told apart. */
    public static final String LEGEND = NO_REPORT + " no report covers the year; " + NOT_REPORTED
            + " not reported: a report covers the year but gives no figure;"
            + " ≥ at least; > more than; ≤ at most; a–b a range. Missing years are never counted as 0.";

    public String legend() {
        return LEGEND;
    }

    /** The source line naming the publishers of the figures shown. */
    public String source() {
        return publishers.isEmpty()
                ? "Source: no figure found in the reports read."
                : "Source: " + String.join("; ", publishers) + " (figures read by yoy from their reports).";
    }

    private static SeriesPoint point(MeasureSeries m, int year) {
        for (SeriesPoint p : m.points()) {
            if (p.year() == year) {
                return p;
            }
        }
        return null;
    }
}
