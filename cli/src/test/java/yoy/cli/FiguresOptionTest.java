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

/** {@code report --figures}: curated figures merge with extracted ones, win their year and are recorded. */
class FiguresOptionTest {

    private static final String REAL_INDICATORS = Path.of("..", "indicators.yaml").toString();
    private static final String HEADER =
            "indicator,measure,year,value,low,high,qualifier,period_start,period_end,doc,publisher,quote,start,end,reason\n";

    @TempDir
    Path tmp;

    private Cli.Result report(Path out, Path figures) {
        return Cli.run("-q", "report", "--corpus", Cli.SEEDS.toString(), "--indicators", REAL_INDICATORS,
                "--out", out.toString(), "--figures", figures.toString());
    }

    private static String row(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix));
    }

    @Test
    void curatedFiguresFillAYearWinAnotherAndAreRecorded() throws IOException {
        Path figures = tmp.resolve("figures.csv");
        Files.writeString(figures, HEADER
                + "protest_deaths,civilians,2019,12,12,12,exact,,,OHCHR annual report 2019,OHCHR,"
                + "\"The office recorded 12 deaths of protesters.\",,,read in the printed edition\n"
                + "political_prisoners,imprisoned,2023,30,30,30,exact,,,Coalition list 2023,Coalition,"
                + "\"30 political prisoners were held at year end\",,,\n");
        Path out = tmp.resolve("out");
        Cli.Result r = report(out, figures);
        assertEquals(0, r.code(), r.err());
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertTrue(row(series, "protest_deaths,civilians,2019,").startsWith("protest_deaths,civilians,2019,reported,12,"));
        assertTrue(row(series, "protest_deaths,law_enforcement,2019,").contains(",no_report,"),
                "a curated source covers no year");
        String prisoners = row(series, "political_prisoners,imprisoned,2023,");
        assertTrue(prisoners.startsWith("political_prisoners,imprisoned,2023,reported,30,"), prisoners);
        assertTrue(prisoners.endsWith(",Coalition"), prisoners);

        List<String> decisions = Files.readAllLines(out.resolve("tables/decisions.csv"));
        assertEquals(4, decisions.size(), String.join("\n", decisions));
        assertTrue(decisions.get(1).contains(",add,") && decisions.get(1).contains("read in the printed edition")
                && decisions.get(1).endsWith("figures.csv:2:1"), decisions.get(1));
        assertTrue(decisions.get(2).contains(",add,") && decisions.get(2).contains(",curated figure,"), decisions.get(2));
        assertTrue(decisions.get(3).startsWith("political_prisoners,imprisoned,2023,") && decisions.get(3).contains(",supersede,23,30,"),
                decisions.get(3));

        String observations = Files.readString(out.resolve("observations.csv"));
        assertTrue(observations.contains("OHCHR annual report 2019") && observations.contains(",23,"),
                "curated figures join the extracted ones, which are kept");
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("figures.csv"));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<em>curated figure, added by an analyst</em>: <bdi class=\"publisher\">OHCHR</bdi>,"
                + " <cite><bdi>OHCHR annual report 2019</bdi></cite>"), "the evidence names the curated source");
    }

    /**
     * Regression: figures from 4.9e-324 to the largest double. The chart of 1e20 used to hang XChart, the
     * percentage from 1e-300 to 1e20 and the OLS sums of squares overflowed and yoy.csv / trends.csv threw.
     */
    @Test
    void figuresOfAnySizeADoubleHoldsMakeAReport() throws IOException {
        String[] values = {"4.9e-324", "1e-300", "99999999999999999999", "1.7976931348623157E308", "0", "1e300"};
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            csv.append("protest_deaths,civilians,").append(2016 + i).append(',').append(v).append(',').append(v)
                    .append(',').append(v).append(",exact,,,Extreme list,Src,\"q\",,,\n");
        }
        Path figures = tmp.resolve("figures.csv");
        Files.writeString(figures, csv.toString());
        Path out = tmp.resolve("out");
        Cli.Result r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> report(out, figures));
        assertEquals(0, r.code(), r.err());
        String yoy = Files.readString(out.resolve("tables/yoy.csv"));
        assertTrue(yoy.contains("protest_deaths,civilians,2017,2018,compared,"), yoy);
        assertFalse(yoy.contains("Infinity") || yoy.contains("NaN"), yoy);
        assertTrue(Files.size(out.resolve("charts/protest_deaths.svg")) > 1000);
    }

    @Test
    void aBadFiguresFileFailsWithItsPlaceAndExit65AndWritesNothing() throws IOException {
        Path figures = tmp.resolve("figures.csv");
        Files.writeString(figures, HEADER + "political_prisoner,imprisoned,2023,30,30,30,exact,,,List,,30 held,,,\n");
        Path out = tmp.resolve("out");
        Cli.Result r = report(out, figures);
        assertEquals(65, r.code(), r.err());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("figures.csv:2:1: unknown indicator 'political_prisoner'"), r.err());
        assertFalse(Files.exists(out), "nothing half-written");
    }

    @Test
    void aMissingFiguresFileIsMissingInput() {
        Cli.Result r = report(tmp.resolve("out"), tmp.resolve("nope.csv"));
        assertEquals(66, r.code(), r.err());
        assertTrue(r.err().contains("nope.csv") && r.err().contains("--figures"), r.err());
    }
}
