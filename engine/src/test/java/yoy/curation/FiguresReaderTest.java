package yoy.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.model.Observation;
import yoy.model.PeriodKind;
import yoy.model.Qualifier;
import yoy.testing.Fixtures;

class FiguresReaderTest {

    private static final String HEADER =
            "indicator,measure,year,value,low,high,qualifier,period_start,period_end,doc,publisher,quote,start,end\n";

    private static CuratedFigures read(String text) {
        return new FiguresReader("figures.csv", Fixtures.indicators(), Set.of("a.txt")).read(text);
    }

    /** Each file under cases/figures starts with "# expect: " and the error's start (or "ok N" rows). */
    static Stream<Path> cases() throws URISyntaxException, IOException {
        Path dir = Path.of(FiguresReaderTest.class.getResource("/cases/figures").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputGivesOneLineWithItsPlace(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String first = text.lines().findFirst().orElseThrow();
        String expect = first.substring("# expect: ".length());
        String csv = text.substring(Math.min(text.length(), first.length() + 1));
        if (expect.startsWith("ok ")) {
            assertEquals(Integer.parseInt(expect.substring(3)), read(csv).observations().size());
            return;
        }
        YoyException e = assertThrows(YoyException.class, () -> read(csv));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertTrue(e.getMessage().startsWith(expect), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @Test
    void aRowBecomesAnObservationWithItsSourceAndMarkedNumber() {
        CuratedFigures f = read(HEADER + "protest_deaths,civilians,2019,12,12,12,exact,,,UN report,OHCHR,"
                + "\"The office counted 12 deaths, \"\"at least\"\".\",,\n"
                + "protest_deaths,law_enforcement,2020,,3,5,range,2020-01,2020-06,UN report,OHCHR,3 to 5 officers,,\n");
        assertEquals(2, f.observations().size());
        Observation o = f.observations().get(0);
        assertEquals("UN report", o.doc());
        assertEquals("12", o.source().quote().substring(o.numberStart(), o.numberEnd()));
        assertEquals("The office counted 12 deaths, \"at least\".", o.source().quote());
        assertEquals(PeriodKind.YEAR, o.period().kind());
        Observation r = f.observations().get(1);
        assertEquals(Qualifier.RANGE, r.interval().qualifier());
        assertEquals(PeriodKind.MONTHS, r.period().kind());
        assertEquals(1, f.sources().size(), "one source cited twice");
        assertEquals(2020, f.sources().get(0).coverageYear());
        assertEquals("OHCHR", f.sources().get(0).publisher());
        assertEquals(Decision.Action.ADD, f.decisions().get(0).action());
        assertNull(f.decisions().get(0).before());
        assertEquals("figures.csv:2:1", f.decisions().get(0).origin());
        assertEquals("curated figure", f.decisions().get(0).reason());
    }

    @Test
    void crlfQuotedLineBreaksAndAByteOrderMarkAreRead() {
        CuratedFigures f = read("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "protest_deaths,civilians,2019,7,7,7,about,,,UN report,,\"about 7\r\nkilled\",,\r\n");
        assertEquals("about 7\r\nkilled", f.observations().get(0).source().quote());
    }

    @Test
    void aCuratedFigureSupersedesDifferingExtractedFiguresOfItsYearOnly() {
        CuratedFigures f = read(HEADER + "protest_deaths,civilians,2019,12,12,12,exact,,,UN report,,12 died,,\n");
        List<Observation> extracted = List.of(
                Fixtures.obs("protest_deaths", "civilians", 2019, yoy.model.Interval.exact(10), Fixtures.doc("a.txt", 2019)),
                Fixtures.obs("protest_deaths", "civilians", 2019, yoy.model.Interval.exact(12), Fixtures.doc("b.txt", 2019)),
                Fixtures.obs("protest_deaths", "civilians", 2020, yoy.model.Interval.exact(10), Fixtures.doc("c.txt", 2020)));
        List<Decision> superseded = f.superseded(extracted);
        assertEquals(1, superseded.size(), superseded.toString());
        assertEquals("a.txt", superseded.get(0).doc());
        assertEquals(Decision.Action.SUPERSEDE, superseded.get(0).action());
    }
}
