package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.tables.TrendsCsv;
import yoy.tables.YoyCsv;

/** {@code yoy stats}: trends.csv or yoy.csv on stdout, as CSV or an aligned table. */
class StatsCommandTest {

    @TempDir
    Path tmp;

    static Cli.Result stats(String... more) {
        List<String> args = new ArrayList<>(List.of("stats", "--corpus", Cli.SEEDS.toString(),
                "--indicators", SeriesCommandTest.REAL_INDICATORS));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void trendsByDefaultAsInTheReport() throws IOException {
        Cli.Result r = stats();
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join(",", TrendsCsv.HEADER), r.out().lines().findFirst().orElseThrow());
        Path out = tmp.resolve("out");
        assertEquals(0, Cli.run("-q", "report", "--corpus", Cli.SEEDS.toString(), "--indicators",
                SeriesCommandTest.REAL_INDICATORS, "--out", out.toString()).code());
        assertEquals(Files.readString(out.resolve("tables/trends.csv")), r.out());
        assertEquals(Files.readString(out.resolve("tables/yoy.csv")), stats("--what", "yoy").out());
        assertTrue(r.err().startsWith("yoy: trends of 11 indicators from "), r.err());
    }

    @Test
    void yoyHasItsOwnColumns() {
        Cli.Result r = stats("--what", "yoy", "--indicator", "extremism_prosecutions");
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join(",", YoyCsv.HEADER), r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.startsWith("extremism_prosecutions,")), r.out());
    }

    @Test
    void tableCutsLongNotesAndKeepsOneLineARow() {
        Cli.Result csv = stats();
        Cli.Result table = stats("--format", "table");
        assertEquals(0, table.code(), table.err());
        List<String> lines = table.out().lines().toList();
        assertEquals(csv.out().lines().count() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("indicator") && lines.get(0).contains("note"), table.out());
        assertTrue(table.out().contains("…"), "a long note is cut: " + table.out());
    }

    @Test
    void anUnknownWhatIsAUsageError() {
        Cli.Result r = stats("--what", "mean");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("yoy: Invalid value for option '--what'"), r.err());
        assertTrue(r.err().contains("trends, yoy"), r.err());
        assertEquals("", r.out());
    }
}
