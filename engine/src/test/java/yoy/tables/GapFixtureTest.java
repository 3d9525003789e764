package yoy.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yoy.testing.Fixtures.doc;
import static yoy.testing.Fixtures.obs;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import yoy.change.ChangeStatus;
import yoy.change.YearChange;
import yoy.change.YearOverYear;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.series.IndicatorSeries;
import yoy.series.SeriesBuilder;
import yoy.testing.Fixtures;

/**
 * The gap fixture: an "at least" figure (2019), a range (2020), no document for 2021, two conflicting
 * figures (2022), a covered year without a figure (2023) and a same-period pair (Jan–Oct 2024 and 2025).
 * The written tables are checked byte for byte against {@code fixtures/gap/}.
 */
class GapFixtureTest {

    private static List<IndicatorSeries> series() {
        DocumentMeta r19 = doc("r2019.txt", 2019);
        DocumentMeta r20 = doc("r2020.txt", 2020);
        DocumentMeta r22a = doc("r2022a.txt", 2022, "Alpha", "Kazakhstan");
        DocumentMeta r22b = doc("r2022b.txt", 2022, "Beta", "Kazakhstan");
        DocumentMeta r23 = doc("r2023.txt", 2023);
        DocumentMeta r24 = doc("r2024.txt", 2024);
        DocumentMeta r25 = doc("r2025.txt", 2025);
        return new SeriesBuilder(Fixtures.indicators()).build(List.of(r19, r20, r22a, r22b, r23, r24, r25), List.of(
                obs("protest_deaths", "civilians", 2019, Interval.of(Qualifier.AT_LEAST, 154), r19),
                obs("protest_deaths", "civilians", 2020, Interval.range(200, 999), r20),
                obs("protest_deaths", "civilians", 2022, Interval.exact(10), r22a),
                obs("protest_deaths", "civilians", 2022, Interval.exact(12), r22b),
                obs("protest_deaths", "civilians", 2024, Interval.exact(66), Period.months(2024, 1, 10), r24, 0),
                obs("protest_deaths", "civilians", 2025, Interval.exact(16), Period.months(2025, 1, 10), r25, 0),
                obs("protest_detentions", "detained", 2022, Interval.of(Qualifier.ABOUT, 1600), r22a),
                obs("protest_detentions", "detained", 2023, Interval.of(Qualifier.UP_TO, 200000), r23),
                obs("convictions", "convicted", 2019, Interval.exact(0), r19),
                obs("convictions", "convicted", 2020, Interval.exact(3), r20)));
    }

    private static String seriesCsv() throws IOException {
        StringWriter w = new StringWriter();
        SeriesCsv.write(w, series());
        return w.toString();
    }

    private static String wideCsv() throws IOException {
        StringWriter w = new StringWriter();
        SeriesWideCsv.write(w, series());
        return w.toString();
    }

    private static String yoyCsv() throws IOException {
        StringWriter w = new StringWriter();
        List<IndicatorSeries> s = series();
        YoyCsv.write(w, s, YearOverYear.of(s));
        return w.toString();
    }

    /** Compares with the golden file; {@code -Dyoy.updateGolden=true} rewrites it instead (then review the diff). */
    private static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("yoy.updateGolden")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/fixtures/gap", name), actual,
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(golden(name), actual, name);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GapFixtureTest.class.getResourceAsStream("/fixtures/gap/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void yoyAcrossTheGapIsEmptyWithStatusGap() {
        List<YearChange> changes = YearOverYear.of(series());
        YearChange across = changes.stream()
                .filter(c -> c.indicator().equals("protest_deaths") && c.toYear() == 2022).findFirst().orElseThrow();
        assertEquals(2020, across.fromYear());
        assertEquals(ChangeStatus.GAP, across.status());
        assertEquals(null, across.delta());
        YearChange same = changes.stream()
                .filter(c -> c.indicator().equals("protest_deaths") && c.toYear() == 2025).findFirst().orElseThrow();
        assertTrue(same.samePeriod());
        assertEquals(-75.8, Math.round(same.delta().percent() * 10) / 10.0);
    }

    @Test
    void noYearWithoutFigureShowsZeroInAnyTable() throws IOException {
        for (String row : seriesCsv().lines().skip(1).toList()) {
            String[] cells = row.split(",", -1);
            boolean reported = cells[3].equals("reported") || cells[3].equals("conflict");
            if (!reported) {
                for (int i = 4; i < cells.length; i++) {
                    assertEquals("", cells[i], row);
                }
            }
        }
        // the only 0 in the wide table is the reported zero of convictions 2019
        for (String row : wideCsv().lines().skip(1).toList()) {
            List<String> cells = List.of(row.split(",", -1));
            long zeros = cells.stream().filter(c -> c.equals("0")).count();
            assertEquals(row.startsWith("convictions,") ? 1 : 0, zeros, row);
        }
        // yoy: a reported zero is a valid start; no row starts or ends at a year without figure
        Set<String> figureYears = new java.util.TreeSet<>();
        for (String row : seriesCsv().lines().skip(1).toList()) {
            String[] c = row.split(",", -1);
            if (c[3].equals("reported") || c[3].equals("conflict")) {
                figureYears.add(c[0] + "," + c[1] + "," + c[2]);
            }
        }
        for (String row : yoyCsv().lines().skip(1).toList()) {
            String[] c = row.split(",", -1);
            assertTrue(figureYears.contains(c[0] + "," + c[1] + "," + c[2]), row);
            assertTrue(figureYears.contains(c[0] + "," + c[1] + "," + c[3]), row);
        }
    }

    @Test
    void seriesCsvMatchesGolden() throws IOException {
        assertGolden("series.csv", seriesCsv());
    }

    @Test
    void seriesWideCsvMatchesGolden() throws IOException {
        assertGolden("series-wide.csv", wideCsv());
    }

    @Test
    void yoyCsvMatchesGolden() throws IOException {
        assertGolden("yoy.csv", yoyCsv());
    }

    @Test
    void dataPackageMatchesGoldenAndIsStable() throws IOException {
        String json = DataPackage.toJson("yoy-tables",
                List.of(TableSchemas.series(), TableSchemas.seriesWide(series()), TableSchemas.yoy()));
        assertGolden("datapackage.json", json);
        assertTrue(json.contains("\"missingValues\" : [ \"\" ]") || json.contains("\"missingValues\" : [\n"), json);
    }
}
