package yoy.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static yoy.testing.Fixtures.doc;
import static yoy.testing.Fixtures.obs;

import java.io.IOException;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.series.SeriesBuilder;
import yoy.testing.Fixtures;

class TablesTest {

    private static final IndicatorSet INDICATORS = Fixtures.indicators();

    @Test
    void observationsHeaderIsExact() throws IOException {
        StringWriter out = new StringWriter();
        ObservationsCsv.write(out, List.of(), INDICATORS);
        assertEquals("indicator,measure,year,value,low,high,qualifier,period_start,period_end,doc,publisher,quote,start,end,location\n",
                out.toString());
    }

    @Test
    void observationRowsCarryBoundsQualifierPeriodAndQuote() throws IOException {
        DocumentMeta a = doc("a.txt", 2023, "Amnesty, International", "Kazakhstan");
        List<Observation> obs = List.of(
                obs("protest_deaths", "civilians", 2022, Interval.of(Qualifier.AT_LEAST, 219), Period.months(2022, 1, 1), a, 5),
                obs("protest_detentions", "detained", 2023, Interval.vague(100, 999), a),
                obs("convictions", "convicted", 2023, Interval.exact(23),
                        Period.cumulative(null, YearMonth.of(2023, 12)), a, 40));
        StringWriter out = new StringWriter();
        ObservationsCsv.write(out, obs, INDICATORS);
        List<String> lines = out.toString().lines().toList();
        assertEquals("protest_deaths,civilians,2022,219,219,,at_least,2022-01,2022-01,a.txt,\"Amnesty, International\","
                + "quote at 5 about protest_deaths,5,36,", lines.get(1));
        assertEquals("protest_detentions,detained,2023,,100,999,vague,2023-01,2023-12,a.txt,\"Amnesty, International\","
                + "quote at 0 about protest_detentions,0,35,", lines.get(2));
        assertTrue(lines.get(3).startsWith("convictions,convicted,2023,23,23,23,exact,,2023-12,"), lines.get(3));
    }

    @Test
    void seriesRowsLeaveMissingYearsEmptyNeverZero() throws IOException {
        DocumentMeta a = doc("a.txt", 2020, "HRW", "Kazakhstan");
        DocumentMeta c = doc("c.txt", 2022, "HRW", "Kazakhstan");
        var series = new SeriesBuilder(INDICATORS).build(List.of(a, c), List.of(
                obs("protest_deaths", "civilians", 2020, Interval.exact(0), a),
                obs("protest_detentions", "detained", 2022, Interval.exact(12.25), Period.months(2022, 3, 4), c, 0)));
        StringWriter out = new StringWriter();
        int rows = SeriesCsv.write(out, series);
        List<String> lines = out.toString().lines().toList();
        assertEquals("indicator,measure,year,status,value,low,high,qualifier,period_start,period_end,partial,annualised,sources,"
                + "publishers",
                lines.get(0));
        assertEquals(3 * 4, rows, "3 years x 4 measures");
        assertEquals(rows + 1, lines.size());
        assertEquals("protest_deaths,civilians,2020,reported,0,0,0,exact,2020-01,2020-12,false,false,1,HRW", lines.get(1));
        assertEquals("protest_deaths,civilians,2021,no_report,,,,,,,,,,", lines.get(2));
        assertEquals("protest_deaths,civilians,2022,not_reported,,,,,,,,,,", lines.get(3));
        assertTrue(lines.contains("protest_detentions,detained,2022,reported,12.3,12.3,12.3,exact,2022-03,2022-04,true,false,1,HRW"),
                "decimals: 1 for detentions, partial flagged");
        for (String line : lines.subList(1, lines.size())) {
            if (!line.contains(",reported,")) {
                assertFalse(line.matches(".*,0(,|$).*"), "no zero in a missing year: " + line);
            }
        }
    }

    @Test
    void figureTextReadsLikeTheReport() {
        assertEquals("at least 219", FigureText.of(Interval.of(Qualifier.AT_LEAST, 219), 0));
        assertEquals("about 1.5", FigureText.of(Interval.of(Qualifier.ABOUT, 1.5), 1));
        assertEquals("10-20", FigureText.of(Interval.range(10, 20), 0));
        assertEquals("vague 100-999", FigureText.of(Interval.vague(100, 999), 0));
        assertEquals("up to 5", FigureText.of(Interval.of(Qualifier.UP_TO, 5), 0));
    }

    @Test
    void textTableAlignsColumnsAndTrimsLineEnds() {
        TextTable t = new TextTable(List.of("doc", "n"));
        t.add(List.of("a-long-name.txt", "1"));
        t.add(List.of("b.txt", ""));
        StringWriter out = new StringWriter();
        t.print(new java.io.PrintWriter(out));
        assertEquals("doc              n\n---------------  -\na-long-name.txt  1\nb.txt\n", out.toString());
    }
}
