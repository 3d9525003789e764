package yoy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationTest {

    private static final String QUOTE = "Police detained 40 protesters in 2019.";
    private static final SourceSpan SPAN = new SourceSpan("a.txt", 100, 100 + QUOTE.length(), QUOTE);

    private static Observation observation(int year, Period period, int numberStart, int numberEnd) {
        return new Observation("protest_detentions", "detained", year, Interval.exact(40), period, "Pub", SPAN,
                numberStart, numberEnd, List.of("detained"));
    }

    @Test
    void eventYearMustMatchItsPeriod() {
        assertEquals(2019, observation(2019, Period.year(2019), 116, 118).year());
        assertThrows(IllegalArgumentException.class, () -> observation(2020, Period.year(2019), 116, 118));
    }

    @Test
    void cumulativeFiguresMayEndInTheirYear() {
        Period since = Period.cumulative(YearMonth.of(2014, 12), YearMonth.of(2016, 12));
        assertEquals(2016, observation(2016, since, 116, 118).year());
    }

    @Test
    void numberMustLieInsideItsQuote() {
        assertThrows(IllegalArgumentException.class, () -> observation(2019, Period.year(2019), 90, 95));
        assertThrows(IllegalArgumentException.class, () -> observation(2019, Period.year(2019), 118, 118));
    }

    @Test
    void quoteMustMatchItsSpan() {
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan("a.txt", 0, 3, "four"));
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan("", 0, 4, "four"));
    }

    @Test
    void documentMetaRejectsImplausibleYears() {
        assertThrows(IllegalArgumentException.class, () -> new DocumentMeta("a.txt", "", "", "", 20, "", "", ""));
        assertEquals("", new DocumentMeta("a.txt", null, null, null, 2020, null, null, null).publisher());
    }
}
