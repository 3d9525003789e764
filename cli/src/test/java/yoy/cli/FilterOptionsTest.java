package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filters shared by every command: --from/--to, --indicator and --country. */
class FilterOptionsTest {

    private static final String REAL_INDICATORS = Path.of("..", "indicators.yaml").toString();

    private static Cli.Result extract(String... filters) {
        List<String> args = new java.util.ArrayList<>(List.of("-q", "extract", "--corpus", Cli.SEEDS.toString(),
                "--indicators", REAL_INDICATORS));
        args.addAll(List.of(filters));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<String> rows(Cli.Result r) {
        return r.out().lines().skip(1).toList();
    }

    @Test
    void indicatorKeepsOnlyThatIndicatorAndRepeats() {
        Cli.Result one = extract("--indicator", "political_prisoners");
        assertEquals(0, one.code(), one.err());
        assertFalse(rows(one).isEmpty());
        assertTrue(rows(one).stream().allMatch(l -> l.startsWith("political_prisoners,")), one.out());
        Cli.Result two = extract("--indicator", "political_prisoners", "--indicator", "extremism_prosecutions");
        Cli.Result comma = extract("--indicator", "political_prisoners,extremism_prosecutions");
        assertEquals(two.out(), comma.out());
        assertTrue(rows(two).size() > rows(one).size());
    }

    @Test
    void yearsKeepOnlyFiguresInTheSpan() {
        Cli.Result all = extract();
        Cli.Result some = extract("--from", "2022", "--to", "2022");
        assertEquals(0, some.code(), some.err());
        assertFalse(rows(some).isEmpty());
        assertTrue(rows(some).size() < rows(all).size());
        assertTrue(rows(some).stream().allMatch(l -> l.contains(",2022,")), some.out());
    }

    @Test
    void countryIgnoresCaseAndAnUnknownCountryIsAUsageError() {
        Cli.Result lower = extract("--country", "kazakhstan");
        assertEquals(0, lower.code(), lower.err());
        assertEquals(extract().out(), lower.out());
        Cli.Result none = extract("--country", "Narnia");
        assertEquals(2, none.code());
        assertEquals(1, none.errLines(), none.err());
        assertTrue(none.err().contains("no document is about country 'narnia'")
                && none.err().contains("Kazakhstan"), none.err());
    }

    @Test
    void reversedOrImplausibleYearsAreUsageErrors() {
        Cli.Result reversed = extract("--from", "2024", "--to", "2020");
        assertEquals(2, reversed.code());
        assertTrue(reversed.err().contains("--from 2024 is after --to 2020"), reversed.err());
        Cli.Result implausible = extract("--from", "24");
        assertEquals(2, implausible.code());
        assertTrue(implausible.err().contains("--from 24 is not a plausible year"), implausible.err());
        Cli.Result notANumber = extract("--to", "last");
        assertEquals(2, notANumber.code());
    }

    @Test
    void unknownIndicatorIsAUsageError() {
        Cli.Result r = extract("--indicator", "nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown indicator 'nope'"), r.err());
    }

    @Test
    void reportKeepsARequestedSpanWholeWithNoReportYears(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("-q", "report", "--corpus", Cli.SEEDS.toString(), "--indicators", REAL_INDICATORS,
                "--out", out.toString(), "--indicator", "political_prisoners", "--from", "2012", "--to", "2025");
        assertEquals(0, r.code(), r.err());
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertTrue(series.stream().skip(1).allMatch(l -> l.startsWith("political_prisoners,")), series.toString());
        assertTrue(series.stream().anyMatch(l -> l.contains(",2012,") && l.contains("no_report")), series.toString());
        assertTrue(series.stream().anyMatch(l -> l.contains(",2025,") && l.contains("no_report")), series.toString());
        assertTrue(Files.exists(out.resolve("charts/political_prisoners.png")));
        assertFalse(Files.exists(out.resolve("charts/extremism_prosecutions.png")));
    }

    @Test
    void explainTakesSeveralIndicatorsAndTheFilters() {
        Cli.Result r = Cli.run("-q", "explain", "--indicator", "protest_deaths,protest_detentions", "--from", "2022",
                "--corpus", Cli.SEEDS.toString(), "--indicators", REAL_INDICATORS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("protest_deaths: ") && r.out().contains("protest_detentions: "), r.out());
    }
}
