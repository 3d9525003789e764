package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TableCommandTest {

    private static final String REAL_INDICATORS = Path.of("..", "indicators.yaml").toString();

    private static Cli.Result table(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("-q", "table", "--corpus", Cli.SEEDS.toString(),
                "--indicators", REAL_INDICATORS));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void markdownHasYearsAsRowsQualifiersFootnotesLegendAndSource() {
        Cli.Result r = table("protest_detentions");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("**Detentions of protesters (people), Kazakhstan, 2016–2024**", lines.get(0));
        assertEquals("| Year | arrested | detained | administrative detention | jailed |", lines.get(2));
        assertEquals("|---:|---:|---:|---:|---:|", lines.get(3));
        assertTrue(lines.contains("| 2016 | n.r. | 200–999¹,² | n.r. | >24¹ |"), r.out());
        assertTrue(lines.contains("| 2017 | – | – | – | – |"), "no report: a dash, never 0\n" + r.out());
        assertTrue(lines.contains("| 2022 | >10000³ | n.r. | >3000³ | n.r. |"), r.out());
        assertTrue(r.out().contains("¹ May 2016 only, not the whole year"), r.out());
        assertTrue(r.out().contains("n.r. not reported: a report covers the year but gives no figure"), r.out());
        assertTrue(r.out().contains("– no report covers the year"), r.out());
        assertTrue(r.out().contains("Source: Amnesty International; "), r.out());
        assertFalse(r.out().contains("| 0 |"), r.out());
    }

    @Test
    void csvHasOneRowPerYearAndANotesColumn() {
        Cli.Result r = table("protest_permits_denied", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("year,permits denied,notes", lines.get(0));
        assertEquals(10, lines.size(), "header and 2016–2024\n" + r.out());
        assertTrue(lines.contains("2022,≥154,"), r.out());
        assertTrue(lines.contains("2017,–,"), r.out());
        assertTrue(lines.contains("2023,n.r.,"), r.out());
    }

    @Test
    void htmlIsAnEscapedFragmentWithHeaders() {
        Cli.Result r = table("protest_detentions", "--format", "html", "--from", "2021", "--to", "2023");
        assertEquals(0, r.code(), r.err());
        Document d = Jsoup.parseBodyFragment(r.out());
        assertEquals("Detentions of protesters (people), Kazakhstan, 2021–2023", d.select("caption").text());
        assertEquals(5, d.select("thead th[scope=col]").size());
        assertEquals(List.of("2021", "2022", "2023"), d.select("tbody th[scope=row]").eachText());
        assertEquals(">10000¹", d.select("tbody tr").get(1).select("td").get(0).text(), "notes numbered in this span");
        assertTrue(r.out().contains("&gt;10000¹"), "escaped in the source");
        assertEquals(0, d.select("script").size());
        assertTrue(d.select("p.table-notes").text().startsWith("¹ Jan 2022 only"), d.select("p.table-notes").text());
    }

    @Test
    void messagesGoToStderrDataToStdout() {
        Cli.Result r = Cli.run("table", "political_prisoners", "--corpus", Cli.SEEDS.toString(),
                "--indicators", REAL_INDICATORS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("**Political prisoners"), r.out());
        assertEquals("yoy: political_prisoners: 9 years, 1 figures from 5 reports\n", r.err());
    }

    @Test
    void unknownIndicatorIsAUsageErrorOnOneLine() {
        Cli.Result r = table("no_such_thing");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("unknown indicator 'no_such_thing'") && r.err().contains("protest_detentions"),
                r.err());
    }

    @Test
    void badFormatIsAUsageError() {
        Cli.Result r = table("protest_detentions", "--format", "pdf");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--format") && r.err().contains("md, csv, html"), r.err());
    }

    @Test
    void missingIndicatorIsAUsageError() {
        Cli.Result r = Cli.run("table");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("INDICATOR"), r.err());
    }

    @Test
    void aDifferentIndicatorFilterIsAUsageError() {
        Cli.Result r = table("protest_detentions", "--indicator", "political_prisoners");
        assertEquals(2, r.code());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("--indicator"), r.err());
    }

    @Test
    void missingCorpusIsMissingInput() {
        Cli.Result r = Cli.run("table", "protest_detentions", "--corpus", "no-such-folder",
                "--indicators", REAL_INDICATORS);
        assertEquals(66, r.code(), r.err());
        assertEquals(1, r.errLines(), r.err());
    }
}
