package yoy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void wholeMonthsCollapseToAYear() {
        assertEquals(Period.year(2022), Period.months(2022, 1, 12));
        assertEquals(PeriodKind.YEAR, Period.months(2022, 1, 12).kind());
    }

    @Test
    void labels() {
        assertEquals("2022", Period.year(2022).label());
        assertEquals("Jan–Aug 2023", Period.months(2023, 1, 8).label());
        assertEquals("Jul 2023", Period.months(2023, 7, 7).label());
        assertEquals("cumulative Dec 2014–Dec 2016",
                Period.cumulative(YearMonth.of(2014, 12), YearMonth.of(2016, 12)).label());
        assertEquals("cumulative to Dec 2023", Period.cumulative(null, YearMonth.of(2023, 12)).label());
    }

    @Test
    void samePeriodComparesMonthsNotYears() {
        assertTrue(Period.months(2021, 1, 10).sameMonthsAs(Period.months(2022, 1, 10)));
        assertFalse(Period.months(2021, 1, 10).sameMonthsAs(Period.months(2022, 1, 8)));
        assertFalse(Period.cumulative(null, YearMonth.of(2022, 12)).sameMonthsAs(Period.year(2022)));
        assertTrue(Period.months(2022, 2, 3).isPartialYear());
    }

    @Test
    void rejectsBackwardsAndCrossYearMonths() {
        assertThrows(IllegalArgumentException.class, () -> Period.months(2022, 10, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Period(PeriodKind.MONTHS, YearMonth.of(2021, 11), YearMonth.of(2022, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> new Period(PeriodKind.YEAR, YearMonth.of(2022, 2), YearMonth.of(2022, 12)));
    }
}
