package yoy.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import yoy.model.Interval;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

/**
 * Compares several indicators on one figure, either as small multiples (one panel per indicator, shared
 * year span, each on its own y scale) or as an index chart (every series divided by its own figure in a
 * base year, base = 100).
 *
 * <p>An index is only meaningful when every compared series has a figure in the base year that one can
 * divide by: reported (not a conflict), a single number (exact or "about", not a bound or range), covering
 * the whole year, and not zero. {@link #indexBase} says which year qualifies, or why none does. The compared
 * series are the measures that have at least one figure in the span; a measure with no figure at all is
 * left out and named in the note.
 */
public final class CompareRenderer {

    /** How the comparison is drawn. */
    public enum Layout { SMALL_MULTIPLES, INDEX }

    /** The base year of an index chart, or (year null) the reason why no index is meaningful. */
    public record IndexBase(Integer year, String refusal) {
        public boolean ok() {
            return year != null;
        }
    }

    private CompareRenderer() {
    }

    /**
     * The base year for an index of {@code series}: {@code requested} when every compared series has a
     * usable figure there, or, when {@code requested} is null, the first such year of the span.
     */
    public static IndexBase indexBase(List<IndicatorSeries> series, Integer requested) {
        List<Compared> compared = compared(series);
        if (compared.isEmpty()) {
            return new IndexBase(null, "no compared indicator has any figure");
        }
        int from = from(series);
        int to = to(series);
        if (requested != null) {
            for (Compared c : compared) {
                String why = unusable(c.measure(), requested);
                if (why != null) {
                    return new IndexBase(null, "no index with base year " + requested + ": " + c.name()
                            + " has " + why + " in " + requested);
                }
            }
            return new IndexBase(requested, null);
        }
        for (int year = from; year <= to; year++) {
            int y = year;
            if (compared.stream().allMatch(c -> unusable(c.measure(), y) == null)) {
                return new IndexBase(year, null);
            }
        }
        return new IndexBase(null, "no year in " + from + "–" + to + " where every compared series ("
                + compared.size() + ") has a reported, exact, whole-year, non-zero figure to index on");
    }

    public static void writePng(List<IndicatorSeries> series, Layout layout, Integer baseYear, Path file, int scale) {
        AtomicFiles.write(file, png(series, layout, baseYear, scale));
    }

    public static void writeSvg(List<IndicatorSeries> series, Layout layout, Integer baseYear, Path file) {
        AtomicFiles.write(file, svg(series, layout, baseYear));
    }

    /** @param baseYear used by {@link Layout#INDEX} only; must be a year {@link #indexBase} accepts */
    public static byte[] png(List<IndicatorSeries> series, Layout layout, Integer baseYear, int scale) {
        return ChartRenderer.png(figure(series, layout, baseYear), scale);
    }

    public static byte[] svg(List<IndicatorSeries> series, Layout layout, Integer baseYear) {
        return ChartRenderer.svg(figure(series, layout, baseYear));
    }

    static Figure figure(List<IndicatorSeries> series, Layout layout, Integer baseYear) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare");
        }
        return layout == Layout.INDEX ? indexFigure(series, baseYear) : multiplesFigure(series);
    }

    private record Compared(String name, IndicatorSeries indicator, MeasureSeries measure) {
    }

    private static List<Compared> compared(List<IndicatorSeries> series) {
        List<Compared> out = new ArrayList<>();
        for (IndicatorSeries s : series) {
            List<MeasureSeries> withFigures = s.measures().stream()
                    .filter(m -> m.points().stream().anyMatch(p -> p.status().hasFigure())).toList();
            for (MeasureSeries m : withFigures) {
                out.add(new Compared(s.indicator() + "/" + m.measure(), s, m));
            }
        }
        return out;
    }

    /** Why {@code year} cannot be a base for this measure, or null when it can. */
    static String unusable(MeasureSeries m, int year) {
        SeriesPoint p = m.points().stream().filter(q -> q.year() == year).findFirst().orElse(null);
        if (p == null || !p.status().hasFigure()) {
            return "no figure";
        }
        if (p.status() != YearStatus.REPORTED) {
            return "conflicting reports";
        }
        if (!p.interval().isPoint()) {
            return "only a bound or range (" + p.interval().qualifier().code().replace('_', ' ') + ")";
        }
        if (p.period().isPartialYear() || p.period().isCumulative()) {
            return "a figure for " + p.period().label() + " only";
        }
        if (p.interval().value() == 0) {
            return "a figure of zero";
        }
        if (!Double.isFinite(largest(m) * (100.0 / p.interval().value()))) {
            return "a figure too small to index on (other years would exceed the largest number a chart holds)";
        }
        return null;
    }

    /** The largest value or bound of any figure of the measure (0 when none). */
    private static double largest(MeasureSeries m) {
        double max = 0;
        for (SeriesPoint p : m.points()) {
            if (p.status().hasFigure()) {
                Interval i = p.interval();
                for (Double v : new Double[] {i.value(), i.low(), i.high()}) {
                    if (v != null) {
                        max = Math.max(max, v);
                    }
                }
            }
        }
        return max;
    }

    private static int from(List<IndicatorSeries> series) {
        return series.stream().mapToInt(IndicatorSeries::fromYear).min().orElseThrow();
    }

    private static int to(List<IndicatorSeries> series) {
        return series.stream().mapToInt(IndicatorSeries::toYear).max().orElseThrow();
    }

    private static String country(List<IndicatorSeries> series) {
        Set<String> countries = new LinkedHashSet<>();
        series.forEach(s -> countries.add(s.country()));
        return countries.size() == 1 ? countries.iterator().next() : "";
    }

    private static String titles(List<IndicatorSeries> series) {
        List<String> t = series.stream().map(s -> s.title() == null || s.title().isBlank() ? s.indicator() : s.title()).toList();
        return String.join(" · ", t);
    }

    /** The same indicator over a wider span: extra years simply have no point, so they draw as gaps. */
    static IndicatorSeries respan(IndicatorSeries s, int from, int to) {
        return new IndicatorSeries(s.indicator(), s.title(), s.unit(), s.country(), from, to, s.decimals(), s.measures());
    }

    private static Figure multiplesFigure(List<IndicatorSeries> series) {
        int from = from(series);
        int to = to(series);
        List<Panel> panels = new ArrayList<>();
        for (IndicatorSeries s : series) {
            ChartPlan plan = ChartPlanner.plan(respan(s, from, to));
            String unit = s.unit() == null || s.unit().isBlank() ? "" : " (" + s.unit().strip() + ")";
            panels.add(new Panel(plan.title() + unit, plan));
        }
        return multiples("Compared: " + titles(series),
                ChartPlanner.subtitle(new IndicatorSeries("", "", "each panel on its own scale", country(series),
                        from, to, 0, List.of())),
                panels, "");
    }

    /** A figure of panels: the shared glyph key as legend, publishers and notes gathered from every panel. */
    static Figure multiples(String title, String subtitle, List<Panel> panels, String extraNote) {
        EnumSet<KeyEntry> key = EnumSet.noneOf(KeyEntry.class);
        SortedSet<String> publishers = new TreeSet<>();
        List<String> notes = new ArrayList<>();
        if (!extraNote.isEmpty()) {
            notes.add(extraNote);
        }
        for (Panel p : panels) {
            key.addAll(p.plan().key());
            if (p.plan().source().startsWith("Source: ")) {
                for (String pub : p.plan().source().substring("Source: ".length()).split("; ")) {
                    publishers.add(pub);
                }
            }
            if (!p.plan().note().isEmpty()) {
                notes.add(p.heading() + ": " + p.plan().note().replaceFirst("^Note: ", ""));
            }
        }
        List<LegendItem> legend = key.stream().map(LegendItem::key).toList();
        List<Panel> fixed = List.copyOf(panels);
        return new Figure(title, subtitle, legend,
                publishers.isEmpty() ? "" : "Source: " + String.join("; ", publishers),
                notes.isEmpty() ? "" : "Note: " + String.join(" ", notes),
                (g, x, y, w, h) -> SmallMultiples.paint(g, fixed, x, y, w, h));
    }

    private static Figure indexFigure(List<IndicatorSeries> series, Integer baseYear) {
        IndexBase base = indexBase(series, baseYear);
        if (!base.ok()) {
            throw new IllegalArgumentException(base.refusal());
        }
        int year = base.year();
        int from = from(series);
        int to = to(series);
        List<MeasureSeries> indexed = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (IndicatorSeries s : series) {
            for (MeasureSeries m : s.measures()) {
                if (m.points().stream().noneMatch(p -> p.status().hasFigure())) {
                    left.add(label(s, m));
                    continue;
                }
                indexed.add(index(m, year, label(s, m)));
            }
        }
        IndicatorSeries combined = new IndicatorSeries("compare", "Index: " + titles(series),
                String.format(Locale.ROOT, "index, %d = 100", year), country(series), from, to, 0, indexed);
        ChartPlan plan = ChartPlanner.plan(combined);
        String note = plan.note();
        if (!left.isEmpty()) {
            String leftOut = "No figure at all, not shown: " + String.join("; ", left) + ".";
            note = note.isEmpty() ? "Note: " + leftOut : note + " " + leftOut;
        }
        return new Figure(plan.title(), plan.subtitle(), LegendItem.lines(plan), plan.source(), note,
                (g, x, y, w, h) -> PlotArea.paint(g, plan, x, y, w, h));
    }

    private static String label(IndicatorSeries s, MeasureSeries m) {
        String title = s.title() == null || s.title().isBlank() ? s.indicator() : s.title();
        String measure = m.label() == null || m.label().isBlank() ? m.measure() : m.label();
        return s.measures().size() == 1 ? title : title + ": " + measure;
    }

    /** Every figure divided by the base year's figure, times 100; qualifiers and periods kept. */
    static MeasureSeries index(MeasureSeries m, int baseYear, String label) {
        double base = m.points().stream().filter(p -> p.year() == baseYear).findFirst().orElseThrow()
                .interval().value();
        double k = 100.0 / base;
        List<SeriesPoint> points = new ArrayList<>();
        for (SeriesPoint p : m.points()) {
            if (!p.status().hasFigure()) {
                points.add(p);
                continue;
            }
            Interval i = p.interval();
            Interval scaled = new Interval(times(i.value(), k), times(i.low(), k), times(i.high(), k), i.qualifier());
            points.add(new SeriesPoint(p.year(), p.status(), scaled, p.period(), p.publishers(), p.sources()));
        }
        return new MeasureSeries(m.measure(), label, points);
    }

    private static Double times(Double v, double k) {
        return v == null ? null : v * k;
    }
}
