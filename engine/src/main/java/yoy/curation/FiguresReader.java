package yoy.curation;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.model.SourceSpan;
import yoy.tables.CsvReader;

/**
 * Reads a curated-figures CSV. Its columns are those of {@code observations.csv}, so that a row can be
 * copied from there and edited; {@code doc} names the source the analyst cites and {@code quote} the
 * words that state the figure. Optional columns: {@code url} and {@code reason}; {@code start},
 * {@code end}, {@code location}, {@code period_start} and {@code period_end} may be empty (a whole year is assumed).
 * Every problem is one {@code file:line:col} line with exit code 65.
 */
public final class FiguresReader {

    private static final List<String> REQUIRED = List.of("indicator", "measure", "year", "qualifier", "doc", "quote");
    private static final Set<String> OPTIONAL = Set.of("value", "low", "high", "period_start", "period_end",
            "publisher", "start", "end", "location", "url", "reason");
    private static final String DEFAULT_REASON = "curated figure";

    private final String file;
    private final IndicatorSet indicators;
    private final Set<String> corpusFiles;

    /** {@code corpusFiles} are the corpus's document names, which a curated source may not reuse. */
    public FiguresReader(String file, IndicatorSet indicators, Set<String> corpusFiles) {
        this.file = file;
        this.indicators = indicators;
        this.corpusFiles = Set.copyOf(corpusFiles);
    }

    public CuratedFigures read(String text) {
        List<List<CsvReader.Cell>> records = CsvReader.cells(file, text);
        if (records.isEmpty()) {
            throw new YoyException(ExitCode.DATA, YoyException.at(file, 1, 1, "the file is empty",
                    "start with the header line of observations.csv"));
        }
        Map<String, Integer> columns = header(records.get(0));
        List<Observation> observations = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        Map<String, Source> sources = new TreeMap<>();
        for (List<CsvReader.Cell> record : records.subList(1, records.size())) {
            Row row = new Row(record, columns);
            Observation o = observation(row);
            observations.add(o);
            sources.computeIfAbsent(o.doc(), d -> new Source(row.optional("url"))).add(o);
            decisions.add(new Decision(o.indicator(), o.measure(), o.year(), o.doc(), Decision.Action.ADD, null,
                    o.interval(), row.optional("reason").isBlank() ? DEFAULT_REASON : row.optional("reason"),
                    file + ":" + row.line() + ":1"));
        }
        List<DocumentMeta> metas = new ArrayList<>();
        for (Map.Entry<String, Source> e : sources.entrySet()) {
            metas.add(e.getValue().meta(e.getKey(), file));
        }
        return new CuratedFigures(observations, metas, decisions);
    }

    private Map<String, Integer> header(List<CsvReader.Cell> cells) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            CsvReader.Cell c = cells.get(i);
            String name = c.text().strip();
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                Set<String> known = new TreeSet<>(REQUIRED);
                known.addAll(OPTIONAL);
                throw error(c, "unknown column '" + name + "'", "use the columns of observations.csv: " + known);
            }
            if (columns.put(name, i) != null) {
                throw error(c, "column '" + name + "' appears twice", "keep one");
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                throw new YoyException(ExitCode.DATA, YoyException.at(file, 1, 1, "missing column '" + name + "'",
                        "add it to the header; required: " + String.join(", ", REQUIRED)));
            }
        }
        return columns;
    }

    private Observation observation(Row row) {
        CsvReader.Cell indicatorCell = row.cell("indicator");
        Indicator indicator = indicators.find(indicatorCell.text().strip()).orElseThrow(() -> error(indicatorCell,
                "unknown indicator '" + indicatorCell.text().strip() + "'", "use one of " + String.join(", ", indicators.ids())));
        CsvReader.Cell measureCell = row.cell("measure");
        String measure = measureCell.text().strip();
        if (indicator.measure(measure) == null) {
            throw error(measureCell, "unknown measure '" + measure + "' of " + indicator.id(), "use one of "
                    + String.join(", ", indicator.measures().stream().map(m -> m.id()).toList()));
        }
        int year = year(row.cell("year"));
        Interval interval = interval(row);
        Period period = period(row, year);
        CsvReader.Cell docCell = row.cell("doc");
        String doc = docCell.text().strip();
        if (doc.isEmpty()) {
            throw error(docCell, "the source is empty", "name the report or dataset the figure comes from");
        }
        if (corpusFiles.contains(doc)) {
            throw error(docCell, "'" + doc + "' is a corpus document", "correct its figures with an overrides file,"
                    + " or name the curated figure's own source");
        }
        CsvReader.Cell quoteCell = row.cell("quote");
        String quote = quoteCell.text();
        if (quote.isBlank()) {
            throw error(quoteCell, "the quote is empty", "copy the words that state the figure");
        }
        int[] number = numberIn(quote, interval);
        return new Observation(indicator.id(), measure, year, interval, period, row.optional("publisher").strip(),
                new SourceSpan(doc, 0, quote.length(), quote, row.optional("location").strip()), number[0], number[1], List.of());
    }

    /** Where the figure's number stands in the quote, so that reports can mark it; the whole quote if not found. */
    private static int[] numberIn(String quote, Interval interval) {
        String digits = yoy.tables.Numbers.format(interval.pointEstimate(), 6);
        int at = quote.indexOf(digits);
        return at < 0 ? new int[] {0, quote.length()} : new int[] {at, at + digits.length()};
    }

    private int year(CsvReader.Cell cell) {
        try {
            int y = Integer.parseInt(cell.text().strip());
            if (y >= 1900 && y <= 2200) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(cell, "expected an event year, found '" + cell.text() + "'", "write a year such as 2022");
    }

    private Interval interval(Row row) {
        CsvReader.Cell qCell = row.cell("qualifier");
        Qualifier q;
        try {
            q = Qualifier.fromCode(qCell.text().strip());
        } catch (IllegalArgumentException e) {
            throw error(qCell, "unknown qualifier '" + qCell.text() + "'",
                    "write exact, about, at_least, more_than, up_to, at_most, range or vague");
        }
        try {
            if (q == Qualifier.RANGE || q == Qualifier.VAGUE) {
                return new Interval(null, number(row, "low"), number(row, "high"), q);
            }
            return Interval.of(q, number(row, "value"));
        } catch (IllegalArgumentException e) {
            throw error(qCell, "the figure is invalid (" + e.getMessage() + ")", "check value, low and high");
        }
    }

    private double number(Row row, String column) {
        CsvReader.Cell cell = row.cellOrNull(column);
        if (cell == null || cell.text().isBlank()) {
            throw new YoyException(ExitCode.DATA, YoyException.at(file, row.line(), cell == null ? 1 : cell.col(),
                    "missing '" + column + "' for this qualifier", "fill the " + column + " column"));
        }
        try {
            double d = Double.parseDouble(cell.text().strip());
            if (Double.isFinite(d) && d >= 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(cell, "expected a non-negative number in '" + column + "', found '" + cell.text() + "'",
                "write digits such as 12 or 1.5, without separators");
    }

    private Period period(Row row, int year) {
        YearMonth start = month(row, "period_start");
        YearMonth end = month(row, "period_end");
        if (start == null && end == null) {
            return Period.year(year);
        }
        CsvReader.Cell where = row.cellOrNull(end == null ? "period_start" : "period_end");
        if (end == null || (start == null && end.getYear() == year)) {
            throw error(where, "give both period_start and period_end, or neither", "write months as YYYY-MM");
        }
        try {
            if (start != null && start.getYear() == end.getYear() && end.getYear() == year) {
                return Period.months(year, start.getMonthValue(), end.getMonthValue());
            }
            if (end.getYear() != year) {
                throw new IllegalArgumentException("period_end " + end + " is not in year " + year);
            }
            return Period.cumulative(start, end);
        } catch (IllegalArgumentException e) {
            throw error(where, "the period is invalid (" + e.getMessage() + ")",
                    "a period ends in the figure's year; write months as YYYY-MM");
        }
    }

    private YearMonth month(Row row, String column) {
        CsvReader.Cell cell = row.cellOrNull(column);
        if (cell == null || cell.text().isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(cell.text().strip());
        } catch (DateTimeException e) {
            throw error(cell, "expected a month YYYY-MM in '" + column + "', found '" + cell.text() + "'",
                    "write for example 2022-01");
        }
    }

    private YoyException error(CsvReader.Cell cell, String problem, String fix) {
        return new YoyException(ExitCode.DATA, YoyException.at(file, cell.line(), cell.col(), problem, fix));
    }

    /** One data record with its columns looked up by name. */
    private final class Row {
        private final List<CsvReader.Cell> cells;
        private final Map<String, Integer> columns;

        Row(List<CsvReader.Cell> cells, Map<String, Integer> columns) {
            if (cells.size() != columns.size()) {
                CsvReader.Cell first = cells.get(0);
                throw new YoyException(ExitCode.DATA, YoyException.at(file, first.line(), 1, "the row has "
                        + cells.size() + " fields, the header " + columns.size(),
                        "quote fields that contain commas and give every column"));
            }
            this.cells = cells;
            this.columns = columns;
        }

        int line() {
            return cells.get(0).line();
        }

        CsvReader.Cell cell(String column) {
            return cells.get(columns.get(column));
        }

        CsvReader.Cell cellOrNull(String column) {
            Integer i = columns.get(column);
            return i == null ? null : cells.get(i);
        }

        String optional(String column) {
            CsvReader.Cell c = cellOrNull(column);
            return c == null ? "" : c.text();
        }
    }

    /** What the rows citing one source say about it. */
    private static final class Source {
        private final String url;
        private final Map<String, Boolean> publishers = new TreeMap<>();
        private int latestYear;

        Source(String url) {
            this.url = url.strip();
        }

        void add(Observation o) {
            if (!o.publisher().isEmpty()) {
                publishers.put(o.publisher(), true);
            }
            latestYear = Math.max(latestYear, o.year());
        }

        DocumentMeta meta(String doc, String file) {
            return new DocumentMeta(doc, doc, String.join("; ", publishers.keySet()), "", latestYear, url, "",
                    "curated figure from " + file);
        }
    }
}
