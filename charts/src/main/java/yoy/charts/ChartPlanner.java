package yoy.charts;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import yoy.series.YearStatus;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;

/**
 * Turns an {@link IndicatorSeries} into a {@link ChartPlan}: which figures are drawn, with which glyph,
 * where lines break, and what the note must say. Years without a yearly figure stay NaN: never zero.
 */
final class ChartPlanner {

    private ChartPlanner() {
    }

    static ChartPlan plan(IndicatorSeries series) {
        int from = series.fromYear();
        int to = series.toYear();
        int decimals = Math.max(0, series.decimals());
        NoteWriter notes = new NoteWriter();
        SortedSet<String> publishers = new TreeSet<>();
        EnumSet<KeyEntry> key = EnumSet.noneOf(KeyEntry.class);
        List<MeasureTrace> traces = new ArrayList<>();
        double dataMax = 0;

        List<MeasureSeries> measures = series.measures();
        for (int i = 0; i < measures.size(); i++) {
            MeasureSeries measure = measures.get(i);
            String label = measure.label() == null || measure.label().isBlank() ? measure.measure() : measure.label();
            notes.measure(label);
            double[] line = new double[to - from + 1];
            Arrays.fill(line, Double.NaN);
            Period[] periods = new Period[line.length];
            List<PlotMark> marks = new ArrayList<>();
            for (SeriesPoint point : measure.points()) {
                int year = point.year();
                if (year < from || year > to) {
                    continue;
                }
                switch (point.status()) {
                    case NOT_REPORTED -> notes.notReported(label, year);
                    case NO_REPORT -> notes.noReport(label, year);
                    case REPORTED, CONFLICT -> {
                        if (point.status() == YearStatus.CONFLICT) {
                            notes.conflict(label, year);
                        }
                        Period period = point.period();
                        if (period.isCumulative()) {
                            // a running total over several years is not this year's count
                            notes.cumulative(label, year, cumulativeSpan(period));
                            continue;
                        }
                        PlotMark mark = mark(year, point.interval(), period.isPartialYear());
                        marks.add(mark);
                        line[year - from] = mark.anchor();
                        periods[year - from] = period;
                        dataMax = Math.max(dataMax, mark.top());
                        publishers.addAll(point.publishers().stream().filter(p -> !p.isBlank()).toList());
                        describe(notes, label, mark, point.interval(), period, decimals, key);
                    }
                }
            }
            TrendLine trend = TrendLine.of(measure);
            if (trend != null) {
                key.add(KeyEntry.TREND);
            }
            traces.add(new MeasureTrace(label, i, line, joins(periods), marks, trend));
        }
        return new ChartPlan(
                series.title() == null ? "" : series.title(),
                subtitle(series),
                from,
                to,
                traces,
                YScale.covering(dataMax, decimals),
                List.copyOf(key),
                publishers.isEmpty() ? "" : "Source: " + String.join("; ", publishers),
                notes.text());
    }

    /**
     * Whether the line may join each year to the next. A segment claims that two figures compare, so it
     * joins only figures covering the same months (two whole years, or January–October of both);
     * January of one year and October of the next keep their glyphs and no segment.
     */
    static boolean[] joins(Period[] periods) {
        boolean[] joins = new boolean[Math.max(0, periods.length - 1)];
        for (int i = 0; i < joins.length; i++) {
            joins[i] = periods[i] != null && periods[i + 1] != null && periods[i].sameMonthsAs(periods[i + 1]);
        }
        return joins;
    }

    /** The glyph for a figure; bounds and spans follow the qualifier, falling back on what bounds exist. */
    static PlotMark mark(int year, Interval interval, boolean partialYear) {
        Qualifier q = interval.qualifier();
        double anchor = interval.pointEstimate();
        Glyph glyph;
        double low = Double.NaN;
        double high = Double.NaN;
        if (q.isLowerBound()) {
            glyph = Glyph.LOWER_BOUND;
        } else if (q.isUpperBound()) {
            glyph = Glyph.UPPER_BOUND;
        } else if (interval.value() != null) {
            glyph = Glyph.POINT;
        } else if (interval.low() != null && interval.high() != null) {
            if (interval.low() < interval.high()) {
                glyph = Glyph.SPAN;
                low = interval.low();
                high = interval.high();
            } else {
                glyph = Glyph.POINT;
            }
        } else {
            // a range or vague figure open on one side is only a bound
            glyph = interval.low() != null ? Glyph.LOWER_BOUND : Glyph.UPPER_BOUND;
        }
        return new PlotMark(year, anchor, low, high, glyph, partialYear);
    }

    private static void describe(NoteWriter notes, String label, PlotMark mark, Interval interval, Period period,
            int decimals, EnumSet<KeyEntry> key) {
        Qualifier q = interval.qualifier();
        int year = mark.year();
        switch (mark.glyph()) {
            case LOWER_BOUND -> {
                key.add(KeyEntry.LOWER_BOUND);
                notes.bound(label, year, q.isLowerBound() ? words(q) : words(q) + ", at least", true);
            }
            case UPPER_BOUND -> {
                key.add(KeyEntry.UPPER_BOUND);
                notes.bound(label, year, q.isUpperBound() ? words(q) : words(q) + ", at most", false);
            }
            case SPAN -> {
                key.add(KeyEntry.SPAN);
                String low = number(mark.low(), decimals);
                String high = number(mark.high(), decimals);
                if (q == Qualifier.VAGUE) {
                    notes.vague(label, year, low + "–" + high);
                } else {
                    notes.range(label, year, low, high);
                }
            }
            case POINT -> {
                if (q == Qualifier.ABOUT) {
                    notes.approximate(label, year);
                }
            }
        }
        if (mark.partialYear()) {
            key.add(KeyEntry.PARTIAL_YEAR);
            notes.partial(label, year, months(period.start(), period.end()));
        }
    }

    private static String words(Qualifier q) {
        return q.code().replace('_', ' ');
    }

    static String number(double value, int decimals) {
        return NumberText.of(value, decimals);
    }

    private static String months(YearMonth start, YearMonth end) {
        String first = start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        String last = end.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        return start.getMonth() == end.getMonth() ? first : first + "–" + last;
    }

    private static String cumulativeSpan(Period period) {
        String end = monthYear(period.end());
        return period.start() == null ? "to " + end : monthYear(period.start()) + "–" + end;
    }

    private static String monthYear(YearMonth ym) {
        return ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT) + " " + ym.getYear();
    }

    /** "people · Country · 2016–2024", leaving out what is unknown. */
    static String subtitle(IndicatorSeries series) {
        List<String> parts = new ArrayList<>();
        if (series.unit() != null && !series.unit().isBlank()) {
            parts.add(series.unit().strip());
        }
        if (!series.country().isBlank()) {
            parts.add(series.country().strip());
        }
        parts.add(series.fromYear() == series.toYear()
                ? Integer.toString(series.fromYear())
                : series.fromYear() + "–" + series.toYear());
        return String.join(" · ", parts);
    }
}
