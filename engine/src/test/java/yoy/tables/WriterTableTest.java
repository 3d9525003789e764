package yoy.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.series.IndicatorSeries;
import yoy.series.SeriesBuilder;
import yoy.series.YearRange;
import yoy.testing.Fixtures;

class WriterTableTest {

    private static WriterTable table() {
        DocumentMeta a = Fixtures.doc("a.txt", 2018, "Amnesty | International", "Kazakhstan");
        DocumentMeta c = Fixtures.doc("c.txt", 2021, "Human Rights Watch", "Kazakhstan");
        List<Observation> obs = List.of(
                Fixtures.obs("protest_deaths", "civilians", 2018, Interval.of(Qualifier.AT_LEAST, 154), a),
                Fixtures.obs("protest_deaths", "law_enforcement", 2018, Interval.range(10, 15), a),
                Fixtures.obs("protest_deaths", "civilians", 2021, Interval.of(Qualifier.ABOUT, 30),
                        Period.months(2021, 1, 10), c, 5));
        List<IndicatorSeries> series = new SeriesBuilder(Fixtures.indicators())
                .build(List.of(a, c), obs, new YearRange(2017, 2021));
        return WriterTable.of(series.get(0));
    }

    @Test
    void yearsAreRowsWithQualifiersMarksAndTheTwoKindsOfMissingYear() {
        WriterTable t = table();
        assertEquals(List.of("civilians", "law enforcement officers"), t.columns());
        assertEquals(5, t.rows().size());
        assertEquals(List.of("–", "–"), cells(t, 0), "2017: no report covers it");
        assertEquals(List.of("≥154", "10–15"), cells(t, 1));
        assertEquals(List.of("–", "–"), cells(t, 2));
        assertEquals(List.of("about 30¹", "n.r."), cells(t, 4), "2021: covered, one measure not reported");
        assertEquals(List.of("Jan–Oct 2021 only, not the whole year"), t.footnotes());
        assertEquals("Source: Amnesty | International; Human Rights Watch (figures read by yoy from their reports).",
                t.source());
    }

    @Test
    void markdownEscapesTableSyntax() throws IOException {
        StringWriter w = new StringWriter();
        MarkdownTable.write(w, table());
        List<String> lines = w.toString().lines().toList();
        assertEquals("**People killed during protests (people killed), Kazakhstan, 2017–2021**", lines.get(0));
        assertEquals("| Year | civilians | law enforcement officers |", lines.get(2));
        assertEquals("|---:|---:|---:|", lines.get(3));
        assertEquals("| 2018 | ≥154 | 10–15 |", lines.get(5));
        assertEquals("| 2021 | about 30¹ | n.r. |", lines.get(8));
        assertEquals("¹ Jan–Oct 2021 only, not the whole year  ", lines.get(10));
        assertEquals("Source: Amnesty \\| International; Human Rights Watch (figures read by yoy from their reports).",
                lines.get(12));
        assertEquals("a \\<b> \\*x\\* \\_y\\_ \\| \\&amp;", MarkdownTable.escape("a <b> *x* _y_ | &amp;"));
    }

    @Test
    void csvKeepsMarksAndSpellsOutNotes() throws IOException {
        StringWriter w = new StringWriter();
        WriterTableCsv.write(w, table());
        assertEquals("""
                year,civilians,law enforcement officers,notes
                2017,–,–,
                2018,≥154,10–15,
                2019,–,–,
                2020,–,–,
                2021,about 30¹,n.r.,"¹ Jan–Oct 2021 only, not the whole year"
                """, w.toString());
    }

    private static List<String> cells(WriterTable t, int row) {
        return t.rows().get(row).cells().stream().map(WriterTable.Cell::text).toList();
    }
}
