package yoy.tables;

import java.util.ArrayList;
import java.util.List;
import yoy.series.IndicatorSeries;
import yoy.tables.DataPackage.Field;
import yoy.tables.DataPackage.Resource;

/** The Table Schema of each table in {@code tables/}, kept next to the writers' headers. */
public final class TableSchemas {

    private static final String UNIT = "the indicator's unit (see indicators file), usually a count of people";

    private TableSchemas() {
    }

    public static Resource series() {
        List<Field> f = List.of(
                Field.of("indicator", "string", "indicator id"),
                Field.of("measure", "string", "measure id within the indicator"),
                Field.of("year", "integer", "event year"),
                Field.of("status", "string", "reported: a figure is given; conflict: reports disagree, the figure is the one "
                        + "the indicator's policy picks; not_reported: a report covers the year but gives no figure; "
                        + "no_report: no document covers the year. Only reported and conflict carry figures"),
                new Field("value", "number", "the number the text states; empty for ranges, vague figures and missing years", UNIT),
                new Field("low", "number", "lower bound; empty when unbounded below or missing", UNIT),
                new Field("high", "number", "upper bound; empty when unbounded above or missing", UNIT),
                Field.of("qualifier", "string", "exact, about, at_least, more_than, up_to, at_most, range or vague"),
                Field.of("period_start", "string", "first month the figure covers, YYYY-MM"),
                Field.of("period_end", "string", "last month the figure covers, YYYY-MM"),
                Field.of("partial", "boolean", "true when the figure covers only some months of the year"),
                Field.of("sources", "integer", "number of documents stating the chosen figure"),
                Field.of("publishers", "string", "publishers of those documents, separated by '; '"));
        check(SeriesCsv.HEADER, f);
        return new Resource("series", "series.csv", "one row per indicator, measure and year; missing years are empty, never 0", f);
    }

    public static Resource seriesWide(List<IndicatorSeries> series) {
        List<Field> f = new ArrayList<>(List.of(
                Field.of("indicator", "string", "indicator id"),
                Field.of("measure", "string", "measure id within the indicator")));
        for (String year : SeriesWideCsv.header(series).subList(2, SeriesWideCsv.header(series).size())) {
            f.add(new Field(year, "string", "figure for " + year + " as a writer quotes it: 154 exact, ~1600 about, "
                    + "≥154 at least, >154 more than, ≤200000 up to or at most, 200–999 range or vague; "
                    + "' (Jan–Oct " + year + ")' marks a part-year figure and ' (conflict)' disagreeing reports; "
                    + "empty when there is no figure (see series.csv for why)", UNIT));
        }
        return new Resource("series-wide", "series-wide.csv", "one row per indicator and measure, one column per year", f);
    }

    public static Resource yoy() {
        String pct = "percent change relative to the earlier figure, 1 decimal; empty when that figure is 0";
        List<Field> f = List.of(
                Field.of("indicator", "string", "indicator id"),
                Field.of("measure", "string", "measure id within the indicator"),
                Field.of("from_year", "integer", "the previous year with a figure"),
                Field.of("to_year", "integer", "the year compared"),
                Field.of("status", "string", "compared: consecutive years covering the same months; not_comparable: "
                        + "a part-year figure against a whole year or other months, no change computed; gap: years in "
                        + "between have no figure, no year-over-year change (see gap_ columns)"),
                Field.of("same_period", "boolean", "true when both figures cover the same months of part of a year"),
                Field.of("from_figure", "string", "the earlier figure in words"),
                Field.of("to_figure", "string", "the later figure in words"),
                new Field("change", "number", "absolute change; only when both figures are single numbers (exact or about)", UNIT),
                new Field("pct_change", "number", pct + "; only when both figures are single numbers", "%"),
                new Field("change_low", "number", "change of the lower bounds; empty when either is unbounded below", UNIT),
                new Field("change_high", "number", "change of the upper bounds; empty when either is unbounded above", UNIT),
                new Field("pct_change_low", "number", pct + ", lower bounds", "%"),
                new Field("pct_change_high", "number", pct + ", upper bounds", "%"),
                Field.of("direction", "string", "up, down or flat when both bound changes agree; empty otherwise"),
                Field.of("direction_robust", "boolean", "true only when both bound changes exist and agree"),
                Field.of("gap_years", "integer", "years between the two figures, for a gap"),
                new Field("gap_change_low", "number", "change of the lower bounds over the gap years", UNIT),
                new Field("gap_change_high", "number", "change of the upper bounds over the gap years", UNIT),
                new Field("gap_pct_change_low", "number", pct + ", over the gap, lower bounds", "%"),
                new Field("gap_pct_change_high", "number", pct + ", over the gap, upper bounds", "%"),
                Field.of("note", "string", "why a change is missing or flagged"));
        check(YoyCsv.HEADER, f);
        return new Resource("yoy", "yoy.csv", "year-over-year changes between each year with a figure and the previous one", f);
    }

    public static Resource trends() {
        String na = "; empty when not computed (see note)";
        List<Field> f = List.of(
                Field.of("indicator", "string", "indicator id"),
                Field.of("measure", "string", "measure id within the indicator"),
                Field.of("n", "integer", "number of whole-year point figures used (exact or about)"),
                Field.of("years", "string", "the years used, separated by spaces"),
                new Field("ols_slope", "number", "ordinary least squares slope per year" + na, UNIT),
                new Field("ols_low", "number", "lower end of the slope's 95% confidence interval (t distribution)" + na, UNIT),
                new Field("ols_high", "number", "upper end of the slope's 95% confidence interval" + na, UNIT),
                Field.of("r2", "number", "coefficient of determination of the OLS fit" + na),
                Field.of("mk_s", "integer", "Mann-Kendall S" + na),
                Field.of("mk_tau", "number", "Kendall's tau-b" + na),
                Field.of("mk_p", "number", "two-sided Mann-Kendall p: exact for n up to 10 without ties, else normal "
                        + "approximation with tie and continuity correction" + na),
                new Field("theil_sen", "number", "Theil-Sen slope per year, real years as x" + na, UNIT),
                new Field("ts_low", "number", "lower end of the Theil-Sen 95% interval (Sen 1968)" + na, UNIT),
                new Field("ts_high", "number", "upper end of the Theil-Sen 95% interval" + na, UNIT),
                Field.of("cagr", "number", "compound annual growth between the first and last figures, as a fraction" + na),
                Field.of("note", "string", "why a statistic is missing, whether p is exact, which figures were left out"));
        check(TrendsCsv.HEADER, f);
        return new Resource("trends", "trends.csv", "trend statistics per indicator and measure; n < 3 gives no trend test", f);
    }

    public static Resource decisions() {
        List<Field> f = List.of(
                Field.of("indicator", "string", "indicator id"),
                Field.of("measure", "string", "measure id within the indicator"),
                Field.of("year", "integer", "event year of the figure"),
                Field.of("doc", "string", "document the figure was extracted from, or the source of a curated figure"),
                Field.of("action", "string", "reject: an extracted figure was removed; correct: it was replaced;"
                        + " add: a curated figure was added; supersede: an extracted figure lost to a curated one"),
                Field.of("extracted", "string", "the extracted figure in words; empty for an addition"),
                Field.of("decided", "string", "the figure that counts, in words; empty for a rejection"),
                Field.of("reason", "string", "why, as the analyst wrote it"),
                Field.of("origin", "string", "file:line:col of the override or curated figure"));
        check(DecisionsCsv.HEADER, f);
        return new Resource("decisions", "decisions.csv",
                "human decisions: overrides applied to extracted figures and curated figures added", f);
    }

    private static void check(List<String> header, List<Field> fields) {
        if (!header.equals(fields.stream().map(Field::name).toList())) {
            throw new IllegalStateException("table schema out of step with its header " + header);
        }
    }
}
