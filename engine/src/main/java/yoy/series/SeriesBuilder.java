package yoy.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.indicators.Measure;
import yoy.indicators.PartialPeriodPolicy;
import yoy.model.DocumentMeta;
import yoy.model.Observation;

/**
 * Builds one yearly series per indicator and measure from the observations of a run.
 *
 * <p>All series share one span: from the earliest to the latest year that a document covers or that a
 * yearly figure belongs to, or the bounds of the requested range where they are given. Each year of a measure is {@code reported} or {@code conflict} when yearly
 * figures exist (see {@link Reconciler}), {@code not_reported} when a document covers the year but gives
 * no figure, and {@code no_report} when no document covers it. Cumulative figures are never placed in a
 * year, and nothing is ever filled with zero.
 */
public final class SeriesBuilder {

    private final IndicatorSet indicators;

    /**
     * Starts loading the table library on a background thread. Tablesaw scans the class path the first
     * time a table is made, a tenth of a second on a short run; a caller that will build series can
     * overlap that with reading the corpus. Harmless when called twice or never.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(FigureTable::new, "yoy-tablesaw-warm-up");
        t.setDaemon(true);
        t.start();
    }

    public SeriesBuilder(IndicatorSet indicators) {
        this.indicators = indicators;
    }

    public List<IndicatorSeries> build(List<DocumentMeta> documents, List<Observation> observations) {
        return build(documents, observations, YearRange.ALL);
    }

    /** As {@link #build(List, List)}, keeping only documents covering and figures falling in {@code range}. */
    public List<IndicatorSeries> build(List<DocumentMeta> documents, List<Observation> observations, YearRange range) {
        return build(documents, List.of(), observations, range);
    }

    /**
     * As {@link #build(List, List, YearRange)}, with the sources of curated figures: their figures outrank
     * extracted ones of the same year, and they never count as coverage, so that a curated figure does not
     * turn the other measures' {@code no_report} years into {@code not_reported}.
     */
    public List<IndicatorSeries> build(List<DocumentMeta> documents, List<DocumentMeta> curatedSources,
                                       List<Observation> observations, YearRange range) {
        Map<String, DocumentMeta> byFile = new HashMap<>();
        SortedSet<Integer> covered = new TreeSet<>();
        for (DocumentMeta d : documents) {
            register(byFile, d);
            if (range.contains(d.coverageYear())) {
                covered.add(d.coverageYear());
            }
        }
        Set<String> curated = new HashSet<>();
        for (DocumentMeta d : curatedSources) {
            register(byFile, d);
            curated.add(d.file());
        }
        SortedSet<Integer> years = new TreeSet<>(covered);
        FigureTable table = new FigureTable();
        for (Observation o : observations) {
            if (o.period().isCumulative() || !range.contains(o.year())) {
                continue;
            }
            Indicator indicator = indicators.find(o.indicator()).orElseThrow(() ->
                    new IllegalArgumentException("observation of unknown indicator " + o.indicator()));
            if (indicator.measure(o.measure()) == null) {
                throw new IllegalArgumentException("observation of unknown measure " + o.indicator() + "." + o.measure());
            }
            DocumentMeta doc = byFile.get(o.doc());
            if (doc == null) {
                throw new IllegalArgumentException("observation from unknown document " + o.doc());
            }
            years.add(o.year());
            table.add(o.indicator(), o.measure(), o.year(), Figure.of(o, doc.coverageYear(), doc.publisher(),
                    indicator.partialPeriod(), curated.contains(o.doc())));
        }
        Map<FigureTable.Key, List<Figure>> figures = table.byYear();
        // A span the user asked for is kept whole, so that years before the first report show as no_report.
        boolean fromGiven = range.from() != YearRange.ALL.from();
        boolean toGiven = range.to() != YearRange.ALL.to();
        if (years.isEmpty() && !(fromGiven && toGiven)) {
            return List.of();
        }
        int from = fromGiven ? range.from() : years.first();
        int to = toGiven ? range.to() : years.last();
        String country = commonCountry(documents);
        List<IndicatorSeries> out = new ArrayList<>();
        for (Indicator indicator : indicators.indicators()) {
            List<MeasureSeries> measures = new ArrayList<>();
            for (Measure measure : indicator.measures()) {
                List<SeriesPoint> points = new ArrayList<>();
                for (int year = from; year <= to; year++) {
                    List<Figure> found = figures.get(new FigureTable.Key(indicator.id(), measure.id(), year));
                    if (found != null) {
                        SeriesPoint point = Reconciler.point(year, found, indicator.reconcile());
                        points.add(point.isPartial() && indicator.partialPeriod() == PartialPeriodPolicy.PRO_RATA
                                ? point.annualisedEstimate() : point);
                    } else {
                        points.add(SeriesPoint.missing(year,
                                covered.contains(year) ? YearStatus.NOT_REPORTED : YearStatus.NO_REPORT));
                    }
                }
                measures.add(new MeasureSeries(measure.id(), measure.label(), points));
            }
            out.add(new IndicatorSeries(indicator.id(), indicator.title(), indicator.unit(), country, from, to,
                    indicator.decimals(), measures));
        }
        return List.copyOf(out);
    }

    private static void register(Map<String, DocumentMeta> byFile, DocumentMeta d) {
        if (byFile.putIfAbsent(d.file(), d) != null) {
            throw new IllegalArgumentException("document " + d.file() + " is listed twice");
        }
    }

    /** The one country all documents are about, or empty when they differ or do not say. */
    private static String commonCountry(List<DocumentMeta> documents) {
        String country = null;
        for (DocumentMeta d : documents) {
            if (country == null) {
                country = d.country();
            } else if (!country.equals(d.country())) {
                return "";
            }
        }
        return country == null ? "" : country;
    }
}
