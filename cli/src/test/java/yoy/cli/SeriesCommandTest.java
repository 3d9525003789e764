package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.tables.SeriesCsv;

/** {@code yoy series}: the rows of series.csv on stdout, as CSV, an aligned table or wide. */
class SeriesCommandTest {

    static final String REAL_INDICATORS = Path.of("..", "indicators.yaml").toString();

    @TempDir
    Path tmp;

    static Cli.Result series(String... more) {
        List<String> args = new ArrayList<>(List.of("series", "--corpus", Cli.SEEDS.toString(),
                "--indicators", REAL_INDICATORS));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void csvIsTheSeriesTableOfTheReport() throws IOException {
        Cli.Result r = series();
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join(",", SeriesCsv.HEADER), r.out().lines().findFirst().orElseThrow());
        Path out = tmp.resolve("out");
        Cli.Result report = Cli.run("-q", "report", "--corpus", Cli.SEEDS.toString(), "--indicators", REAL_INDICATORS,
                "--out", out.toString());
        assertEquals(0, report.code(), report.err());
        assertEquals(Files.readString(out.resolve("series.csv")), r.out(), "the same bytes as series.csv");
        assertTrue(r.err().matches("yoy: 11 indicators, \\d+ observations in \\d+ documents\\n"), r.err());
    }

    @Test
    void missingYearsStayEmptyWithTheirStatus() {
        Cli.Result r = series("--indicator", "political_prisoners");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().skip(1).toList();
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(l -> l.startsWith("political_prisoners,")), r.out());
        assertTrue(rows.stream().anyMatch(l -> l.matches("political_prisoners,\\w+,\\d{4},no_report,+")), r.out());
        assertFalse(rows.stream().anyMatch(l -> l.contains(",no_report,0")), "a gap is never 0: " + r.out());
    }

    @Test
    void tableAlignsTheSameRows() {
        Cli.Result csv = series("--indicator", "political_prisoners");
        Cli.Result table = series("--indicator", "political_prisoners", "--format", "table");
        assertEquals(0, table.code(), table.err());
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(0).startsWith("indicator            measure"), table.out());
        assertTrue(lines.get(1).matches("[- ]+"), table.out());
        assertEquals(csv.out().lines().count() + 1, lines.size(), "header, rule and one line a row");
    }

    @Test
    void wideHasOneColumnPerYear() {
        Cli.Result r = series("--format", "wide", "--indicator", "political_prisoners", "--from", "2020", "--to", "2023");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("indicator,measure,2020,2021,2022,2023", lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("political_prisoners,")), r.out());
    }

    @Test
    void filtersNarrowTheYears() {
        Cli.Result r = series("--from", "2021", "--to", "2022");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.contains(",2021,") || l.contains(",2022,")), r.out());
    }

    @Test
    void quietLeavesStderrEmpty() {
        Cli.Result r = Cli.run("-q", "series", "--corpus", Cli.SEEDS.toString(), "--indicators", REAL_INDICATORS);
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertFalse(r.out().isEmpty());
    }

    @Test
    void overridesAreAppliedAsInTheReport() throws IOException {
        // Reject the first figure extracted, so that the test follows the extractor.
        Cli.Result extracted = Cli.run("-q", "extract", "--corpus", Cli.SEEDS.toString(), "--indicators", REAL_INDICATORS);
        String[] c = extracted.out().lines().skip(1).findFirst().orElseThrow().split(",", -1);
        Path file = Files.writeString(tmp.resolve("overrides.yaml"), "version: 1\noverrides:\n  - indicator: " + c[0]
                + "\n    measure: " + c[1] + "\n    year: " + c[2] + "\n    doc: " + c[9] + "\n    value: "
                + (c[3].isEmpty() ? c[4] : c[3]) + "\n    action: reject\n    reason: checked by hand\n");
        Cli.Result plain = series();
        Cli.Result decided = series("--overrides", file.toString());
        assertEquals(0, decided.code(), decided.err());
        assertFalse(plain.out().equals(decided.out()), "the rejected figure changes the series");
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("-q", "report", "--corpus", Cli.SEEDS.toString(), "--indicators", REAL_INDICATORS,
                "--out", out.toString(), "--overrides", file.toString()).code());
        assertEquals(Files.readString(out.resolve("series.csv")), decided.out());
    }

    @Test
    void aMissingOverridesFileIsMissingInput() {
        Path missing = tmp.resolve("no-overrides.yaml");
        Cli.Result r = series("--overrides", missing.toString());
        assertEquals(66, r.code());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("no-overrides.yaml") && r.err().contains("--overrides"), r.err());
        assertEquals("", r.out());
    }
}
