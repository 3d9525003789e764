package yoy.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

/**
 * Trend statistics against reference values computed with SciPy by {@code cases/stats/make_reference.py}
 * (its output, {@code reference.json}, is committed so the build needs no Python).
 */
class TrendAnalysisReferenceTest {

    private static final double TOLERANCE = 1e-9;

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = TrendAnalysisReferenceTest.class.getResourceAsStream("/cases/stats/reference.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                out.add(Arguments.of(c.get("name").asText(), c));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesScipy(String name, JsonNode c) {
        Trend t = TrendAnalysis.analyse(series(c.get("points")));
        JsonNode e = c.get("expected");
        assertEquals(e.get("n").asInt(), t.n(), name + " n");
        List<Integer> years = new ArrayList<>();
        e.get("years").forEach(y -> years.add(y.asInt()));
        assertEquals(years, t.years(), name + " years");
        close(e, "cagr", t.cagr(), name);
        assertEquals(e.get("insufficient").asBoolean(), !t.tested(), name + " insufficient");
        if (!t.tested()) {
            assertNull(t.olsSlope());
            assertNull(t.mkS());
            assertNull(t.theilSen());
            assertTrue(t.insufficient().startsWith("insufficient data"), t.insufficient());
            return;
        }
        close(e, "ols_slope", t.olsSlope(), name);
        close(e, "ols_low", t.olsLow(), name);
        close(e, "ols_high", t.olsHigh(), name);
        close(e, "r2", t.r2(), name);
        assertEquals(e.get("mk_s").asLong(), t.mkS(), name + " mk_s");
        close(e, "mk_tau", t.mkTau(), name);
        close(e, "mk_p", t.mkP(), name);
        assertEquals(e.get("mk_exact").asBoolean(), t.mkExact(), name + " mk_exact");
        close(e, "theil_sen", t.theilSen(), name);
        close(e, "ts_low", t.tsLow(), name);
        close(e, "ts_high", t.tsHigh(), name);
    }

    /** Relative 1e-9; absolute 1e-12 for values at or near 0, where a relative bound means nothing. */
    private static void close(JsonNode expected, String field, Double actual, String name) {
        JsonNode e = expected.get(field);
        if (e == null || e.isNull()) {
            assertNull(actual, name + " " + field + " should not be computed");
            return;
        }
        double want = e.asDouble();
        assertTrue(actual != null, name + " " + field + " missing, expected " + want);
        assertEquals(want, actual, Math.max(TOLERANCE * Math.abs(want), 1e-12), name + " " + field);
    }

    /** The case's points as a series, years without an entry being no_report. */
    private static MeasureSeries series(JsonNode points) {
        TreeMap<Integer, SeriesPoint> byYear = new TreeMap<>();
        for (JsonNode p : points) {
            int year = p.get("year").asInt();
            byYear.put(year, point(year, p));
        }
        List<SeriesPoint> all = new ArrayList<>();
        for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
            all.add(byYear.getOrDefault(y, SeriesPoint.missing(y, YearStatus.NO_REPORT)));
        }
        return new MeasureSeries("m", "m", all);
    }

    private static SeriesPoint point(int year, JsonNode p) {
        String kind = p.get("kind").asText();
        Period whole = Period.year(year);
        return switch (kind) {
            case "exact" -> figure(year, YearStatus.REPORTED, Interval.exact(value(p)), whole);
            case "about" -> figure(year, YearStatus.REPORTED, Interval.of(Qualifier.ABOUT, value(p)), whole);
            case "conflict" -> figure(year, YearStatus.CONFLICT, Interval.exact(value(p)), whole);
            case "at_least" -> figure(year, YearStatus.REPORTED, Interval.of(Qualifier.AT_LEAST, value(p)), whole);
            case "range" -> figure(year, YearStatus.REPORTED,
                    Interval.range(p.get("low").asDouble(), p.get("high").asDouble()), whole);
            case "partial" -> figure(year, YearStatus.REPORTED, Interval.exact(value(p)), Period.months(year, 1, 6));
            case "not_reported" -> SeriesPoint.missing(year, YearStatus.NOT_REPORTED);
            case "no_report" -> SeriesPoint.missing(year, YearStatus.NO_REPORT);
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    private static double value(JsonNode p) {
        return p.get("value").asDouble();
    }

    private static SeriesPoint figure(int year, YearStatus status, Interval iv, Period period) {
        return new SeriesPoint(year, status, iv, period, List.of("p"), 1);
    }
}
