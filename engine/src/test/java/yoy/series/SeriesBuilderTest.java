package yoy.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yoy.testing.Fixtures.doc;
import static yoy.testing.Fixtures.obs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.testing.Fixtures;

class SeriesBuilderTest {

    private static final IndicatorSet INDICATORS = Fixtures.indicators();

    private static List<IndicatorSeries> build(List<DocumentMeta> docs, List<Observation> obs) {
        return new SeriesBuilder(INDICATORS).build(docs, obs);
    }

    private static SeriesPoint point(List<IndicatorSeries> series, String indicator, String measure, int year) {
        IndicatorSeries s = series.stream().filter(x -> x.indicator().equals(indicator)).findFirst().orElseThrow();
        MeasureSeries m = s.measures().stream().filter(x -> x.measure().equals(measure)).findFirst().orElseThrow();
        return m.points().stream().filter(p -> p.year() == year).findFirst().orElseThrow();
    }

    @Test
    void aYearNoDocumentCoversIsNoReportNotZero() {
        DocumentMeta a = doc("a.txt", 2020);
        DocumentMeta c = doc("c.txt", 2022);
        List<IndicatorSeries> series = build(List.of(a, c), List.of(
                obs("protest_deaths", "civilians", 2020, Interval.exact(5), a),
                obs("protest_deaths", "civilians", 2022, Interval.exact(7), c)));
        SeriesPoint gap = point(series, "protest_deaths", "civilians", 2021);
        assertEquals(YearStatus.NO_REPORT, gap.status());
        assertNull(gap.interval());
        assertNull(gap.period());
        assertEquals(0, gap.sources());
        assertEquals(2020, series.get(0).fromYear());
        assertEquals(2022, series.get(0).toYear());
    }

    @Test
    void aCoveredYearWithoutFigureIsNotReported() {
        DocumentMeta a = doc("a.txt", 2020);
        DocumentMeta b = doc("b.txt", 2021);
        List<IndicatorSeries> series = build(List.of(a, b), List.of(
                obs("protest_deaths", "civilians", 2020, Interval.exact(5), a)));
        assertEquals(YearStatus.REPORTED, point(series, "protest_deaths", "civilians", 2020).status());
        assertEquals(YearStatus.NOT_REPORTED, point(series, "protest_deaths", "civilians", 2021).status());
        // the other measure of the same indicator was never mentioned: both years covered, so not_reported
        assertEquals(YearStatus.NOT_REPORTED, point(series, "protest_deaths", "law_enforcement", 2020).status());
        assertNull(point(series, "protest_deaths", "law_enforcement", 2020).interval());
    }

    @Test
    void anEventYearBeforeEveryReportWidensTheSpanAndIsReportedWithoutCoverage() {
        DocumentMeta report2023 = doc("a.txt", 2023);
        List<IndicatorSeries> series = build(List.of(report2023), List.of(
                obs("protest_deaths", "civilians", 2021, Interval.of(Qualifier.AT_LEAST, 219), report2023)));
        assertEquals(2021, series.get(0).fromYear());
        assertEquals(YearStatus.REPORTED, point(series, "protest_deaths", "civilians", 2021).status());
        assertEquals(YearStatus.NO_REPORT, point(series, "protest_deaths", "civilians", 2022).status());
        assertEquals(YearStatus.NOT_REPORTED, point(series, "protest_deaths", "civilians", 2023).status());
    }

    @Test
    void cumulativeFiguresAreNeverPlacedInAYear() {
        DocumentMeta a = doc("a.txt", 2023);
        Period since2014 = Period.cumulative(YearMonth.of(2014, 12), YearMonth.of(2023, 12));
        Period openStart = Period.cumulative(null, YearMonth.of(2030, 12));
        List<IndicatorSeries> series = build(List.of(a), List.of(
                obs("convictions", "convicted", 2023, Interval.exact(23), since2014, a, 10),
                obs("convictions", "convicted", 2030, Interval.exact(40), openStart, a, 20)));
        SeriesPoint p = point(series, "convictions", "convicted", 2023);
        assertEquals(YearStatus.NOT_REPORTED, p.status());
        assertNull(p.interval());
        // cumulative figures do not widen the span either
        assertEquals(2023, series.get(0).fromYear());
        assertEquals(2023, series.get(0).toYear());
    }

    @Test
    void identicalFiguresFromTwoReportsAreOneValueWithTwoSources() {
        DocumentMeta a = doc("a.txt", 2022, "Human Rights Watch", "Kazakhstan");
        DocumentMeta b = doc("b.txt", 2023, "Amnesty International", "Kazakhstan");
        DocumentMeta c = doc("c.txt", 2023, "Amnesty International", "Kazakhstan");
        Interval fact = Interval.of(Qualifier.AT_LEAST, 219);
        List<IndicatorSeries> series = build(List.of(a, b, c), List.of(
                obs("protest_deaths", "civilians", 2022, fact, a),
                obs("protest_deaths", "civilians", 2022, fact, b),
                obs("protest_deaths", "civilians", 2022, fact, c)));
        SeriesPoint p = point(series, "protest_deaths", "civilians", 2022);
        assertEquals(YearStatus.REPORTED, p.status());
        assertEquals(fact, p.interval());
        assertEquals(3, p.sources());
        assertEquals(List.of("Amnesty International", "Human Rights Watch"), p.publishers());
    }

    @Test
    void theSameFigureTwiceInOneReportIsOneSource() {
        DocumentMeta a = doc("a.txt", 2022);
        List<IndicatorSeries> series = build(List.of(a), List.of(
                obs("protest_deaths", "civilians", 2022, Interval.exact(4), Period.year(2022), a, 10),
                obs("protest_deaths", "civilians", 2022, Interval.exact(4), Period.year(2022), a, 90)));
        SeriesPoint p = point(series, "protest_deaths", "civilians", 2022);
        assertEquals(YearStatus.REPORTED, p.status());
        assertEquals(1, p.sources());
    }

    @Test
    void maxPolicyPicksTheHighestLowerBound() {
        DocumentMeta a = doc("a.txt", 2023);
        DocumentMeta b = doc("b.txt", 2022);
        List<IndicatorSeries> series = build(List.of(a, b), List.of(
                obs("protest_deaths", "civilians", 2022, Interval.exact(200), a),
                obs("protest_deaths", "civilians", 2022, Interval.of(Qualifier.MORE_THAN, 230), b),
                obs("protest_deaths", "civilians", 2022, Interval.of(Qualifier.UP_TO, 500), b)));
        SeriesPoint p = point(series, "protest_deaths", "civilians", 2022);
        assertEquals(YearStatus.CONFLICT, p.status());
        assertEquals(Interval.of(Qualifier.MORE_THAN, 230), p.interval());
        assertEquals(1, p.sources());
    }

    @Test
    void minPolicyPicksTheLowestFigure() {
        DocumentMeta a = doc("a.txt", 2021);
        DocumentMeta b = doc("b.txt", 2022);
        List<IndicatorSeries> series = build(List.of(a, b), List.of(
                obs("convictions", "convicted", 2021, Interval.exact(12), a),
                obs("convictions", "convicted", 2021, Interval.exact(9), b)));
        SeriesPoint p = point(series, "convictions", "convicted", 2021);
        assertEquals(YearStatus.CONFLICT, p.status());
        assertEquals(Interval.exact(9), p.interval());
    }

    @Test
    void latestReportPolicyPicksTheReportWithTheLatestCoverageYearThenFileName() {
        DocumentMeta old = doc("z-old.txt", 2021);
        DocumentMeta newA = doc("a-new.txt", 2022);
        DocumentMeta newB = doc("b-new.txt", 2022);
        List<IndicatorSeries> series = build(List.of(newA, newB, old), List.of(
                obs("protest_detentions", "detained", 2021, Interval.exact(900), old),
                obs("protest_detentions", "detained", 2021, Interval.exact(100), newA),
                obs("protest_detentions", "detained", 2021, Interval.exact(50), newB)));
        SeriesPoint p = point(series, "protest_detentions", "detained", 2021);
        assertEquals(YearStatus.CONFLICT, p.status());
        assertEquals(Interval.exact(50), p.interval(), "same coverage year: the later file name wins");
    }

    @Test
    void aPartialYearFigureIsReportedWithItsPeriod() {
        DocumentMeta a = doc("a.txt", 2023);
        Period janToAug = Period.months(2023, 1, 8);
        List<IndicatorSeries> series = build(List.of(a), List.of(
                obs("protest_deaths", "civilians", 2023, Interval.exact(40), janToAug, a, 0)));
        SeriesPoint p = point(series, "protest_deaths", "civilians", 2023);
        assertEquals(YearStatus.REPORTED, p.status());
        assertEquals(janToAug, p.period());
        assertTrue(p.isPartial());
        assertEquals(Interval.exact(40), p.interval(), "policy none: never scaled");
    }

    @Test
    void aWholeYearFigureOutranksAPartOfTheYearWithoutConflict() {
        DocumentMeta a = doc("a.txt", 2023);
        DocumentMeta b = doc("b.txt", 2024);
        List<IndicatorSeries> series = build(List.of(a, b), List.of(
                obs("protest_deaths", "civilians", 2023, Interval.exact(40), Period.months(2023, 1, 8), a, 0),
                obs("protest_deaths", "civilians", 2023, Interval.exact(61), b)));
        SeriesPoint p = point(series, "protest_deaths", "civilians", 2023);
        assertEquals(YearStatus.REPORTED, p.status());
        assertEquals(Interval.exact(61), p.interval());
        assertFalse(p.isPartial());
    }

    @Test
    void aPartOfTheYearAboveTheWholeYearIsAConflictResolvedByPolicy() {
        DocumentMeta a = doc("a.txt", 2022);
        List<IndicatorSeries> series = build(List.of(a), List.of(
                obs("protest_deaths", "civilians", 2022, Interval.exact(49), Period.months(2022, 1, 10), a, 0),
                obs("protest_deaths", "civilians", 2022, Interval.exact(5), a)));
        SeriesPoint p = point(series, "protest_deaths", "civilians", 2022);
        assertEquals(YearStatus.CONFLICT, p.status(), "49 in ten months cannot fit in 5 for the year");
        assertEquals(Interval.exact(49), p.interval(), "policy max");
    }

    @Test
    void lowerBoundPolicyTurnsAPartialFigureIntoALowerBound() {
        DocumentMeta a = doc("a.txt", 2023);
        List<IndicatorSeries> series = build(List.of(a), List.of(
                obs("convictions", "convicted", 2023, Interval.exact(7), Period.months(2023, 1, 6), a, 0)));
        SeriesPoint p = point(series, "convictions", "convicted", 2023);
        assertEquals(Interval.of(Qualifier.AT_LEAST, 7), p.interval());
        assertTrue(p.isPartial());
    }

    @Test
    void proRataPolicyScalesAPartialFigureToTwelveMonthsAsAnEstimate() {
        IndicatorSet proRata = yoy.indicators.IndicatorLoader.parse("pro_rata.yaml", """
                indicators:
                  - id: arrests
                    title: Arrests
                    unit: people
                    description: People arrested.
                    partial_period: pro_rata
                    measures:
                      - id: arrested
                        nouns: [people]
                        cues: [arrested]
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        DocumentMeta a = doc("a.txt", 2023);
        List<IndicatorSeries> series = new SeriesBuilder(proRata).build(List.of(a), List.of(
                obs("arrests", "arrested", 2023, Interval.exact(40), Period.months(2023, 1, 8), a, 0)));
        SeriesPoint p = series.get(0).measures().get(0).points().get(0);
        assertEquals(new Interval(60.0, 60.0, 60.0, Qualifier.ABOUT), p.interval());
        assertTrue(p.isPartial(), "the period stays, so tables still flag it");
    }

    @Test
    void seriesFollowTheIndicatorFileAndMeasureOrder() {
        DocumentMeta a = doc("a.txt", 2023);
        List<IndicatorSeries> series = build(List.of(a), List.of());
        assertEquals(List.of("protest_deaths", "protest_detentions", "convictions"),
                series.stream().map(IndicatorSeries::indicator).toList());
        assertEquals(List.of("civilians", "law_enforcement"),
                series.get(0).measures().stream().map(MeasureSeries::measure).toList());
        assertEquals("law enforcement officers", series.get(0).measures().get(1).label());
        assertEquals("Kazakhstan", series.get(0).country());
    }

    @Test
    void theCountryIsEmptyWhenDocumentsDiffer() {
        List<IndicatorSeries> series = build(List.of(doc("a.txt", 2022, "P", "Kazakhstan"), doc("b.txt", 2023, "P", "Belarus")),
                List.of());
        assertEquals("", series.get(0).country());
    }

    @Test
    void noDocumentsAndNoFiguresGiveNoSeries() {
        assertTrue(build(List.of(), List.of()).isEmpty());
    }

    @Test
    void aYearRangeNarrowsCoverageAndFigures() {
        DocumentMeta a = doc("a.txt", 2019);
        DocumentMeta b = doc("b.txt", 2021);
        List<IndicatorSeries> series = new SeriesBuilder(INDICATORS).build(List.of(a, b), List.of(
                obs("protest_deaths", "civilians", 2019, Interval.exact(3), a),
                obs("protest_deaths", "civilians", 2021, Interval.exact(4), b)), new YearRange(2020, Integer.MAX_VALUE));
        assertEquals(2020, series.get(0).fromYear(), "a given start is kept");
        assertEquals(2021, series.get(0).toYear(), "an open end stops at the last year found");
        assertEquals(YearStatus.NO_REPORT, point(series, "protest_deaths", "civilians", 2020).status());
    }

    @Test
    void aRequestedSpanIsKeptWholeWithNoReportAtItsEnds() {
        DocumentMeta a = doc("a.txt", 2019);
        DocumentMeta b = doc("b.txt", 2021);
        List<IndicatorSeries> series = new SeriesBuilder(INDICATORS).build(List.of(a, b), List.of(
                obs("protest_deaths", "civilians", 2019, Interval.exact(3), a),
                obs("protest_deaths", "civilians", 2021, Interval.exact(4), b)), new YearRange(2020, 2023));
        assertEquals(2020, series.get(0).fromYear());
        assertEquals(2023, series.get(0).toYear());
        assertEquals(YearStatus.NO_REPORT, point(series, "protest_deaths", "civilians", 2020).status());
        assertEquals(YearStatus.REPORTED, point(series, "protest_deaths", "civilians", 2021).status());
        assertEquals(YearStatus.NO_REPORT, point(series, "protest_deaths", "civilians", 2023).status());
    }

    @Test
    void anObservationFromAnUnlistedDocumentIsABug() {
        DocumentMeta a = doc("a.txt", 2022);
        assertThrows(IllegalArgumentException.class, () -> build(List.of(),
                List.of(obs("protest_deaths", "civilians", 2022, Interval.exact(1), a))));
    }

    @Test
    void aCuratedFigureWinsItsYearAndAddsNoCoverage() {
        DocumentMeta a = doc("a.txt", 2020);
        DocumentMeta b = doc("b.txt", 2022);
        DocumentMeta curated = new DocumentMeta("UN report", "UN report", "OHCHR", "", 2021, "", "", "curated");
        List<IndicatorSeries> series = new SeriesBuilder(INDICATORS).build(List.of(a, b), List.of(curated), List.of(
                obs("protest_deaths", "civilians", 2020, Interval.exact(5), a),
                obs("protest_deaths", "civilians", 2020, Interval.exact(9), curated),
                obs("protest_deaths", "civilians", 2021, Interval.exact(7), curated)), YearRange.ALL);
        SeriesPoint won = point(series, "protest_deaths", "civilians", 2020);
        assertEquals(YearStatus.REPORTED, won.status(), "a human decision is not a conflict");
        assertEquals(9.0, won.interval().value());
        assertEquals(List.of("OHCHR"), won.publishers());
        assertEquals(YearStatus.REPORTED, point(series, "protest_deaths", "civilians", 2021).status());
        assertEquals(YearStatus.NO_REPORT, point(series, "protest_deaths", "law_enforcement", 2021).status(),
                "a curated source covers no year");
    }

    /** Fixed seeds, so that a failure reproduces. */
    static Stream<Long> seeds() {
        return LongStream.range(0, 200).mapToObj(i -> 20_240_000 + i);
    }

    /**
     * Random corpora: whatever the figures, a year without a yearly figure has no value (never a
     * zero), a figure shown is one that some report stated, and statuses follow coverage.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void missingStaysMissingForRandomCorpora(long seed) {
        Random rnd = new Random(seed);
        List<DocumentMeta> docs = new ArrayList<>();
        Set<Integer> covered = new HashSet<>();
        int nDocs = 1 + rnd.nextInt(5);
        for (int i = 0; i < nDocs; i++) {
            int year = 2010 + rnd.nextInt(10);
            docs.add(doc("d" + i + ".txt", year));
            covered.add(year);
        }
        List<Observation> obs = new ArrayList<>();
        Set<Interval> stated = new HashSet<>();
        int nObs = rnd.nextInt(12);
        for (int i = 0; i < nObs; i++) {
            DocumentMeta d = docs.get(rnd.nextInt(docs.size()));
            int year = d.coverageYear() - rnd.nextInt(2);
            Interval iv = switch (rnd.nextInt(4)) {
                case 0 -> Interval.exact(rnd.nextInt(3));
                case 1 -> Interval.of(Qualifier.AT_LEAST, 1 + rnd.nextInt(50));
                case 2 -> Interval.range(1, 10 + rnd.nextInt(10));
                default -> Interval.of(Qualifier.UP_TO, 5 + rnd.nextInt(5));
            };
            boolean cumulative = rnd.nextInt(5) == 0;
            Period period = cumulative ? Period.cumulative(null, YearMonth.of(year, 12)) : Period.year(year);
            if (!cumulative) {
                stated.add(iv);
            }
            obs.add(obs("protest_deaths", rnd.nextBoolean() ? "civilians" : "law_enforcement", year, iv, period, d, i * 100));
        }
        for (IndicatorSeries s : build(docs, obs)) {
            for (MeasureSeries m : s.measures()) {
                assertEquals(s.toYear() - s.fromYear() + 1, m.points().size());
                for (SeriesPoint p : m.points()) {
                    if (p.status().hasFigure()) {
                        assertTrue(stated.contains(p.interval()), "shown figure was stated: " + p);
                        assertTrue(p.sources() >= 1);
                    } else {
                        assertNull(p.interval());
                        assertEquals(covered.contains(p.year()) ? YearStatus.NOT_REPORTED : YearStatus.NO_REPORT, p.status());
                    }
                }
            }
        }
    }
}
