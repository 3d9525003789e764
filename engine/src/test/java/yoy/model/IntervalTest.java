package yoy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {

    @ParameterizedTest(name = "{0} {1} → [{2}, {3}]")
    @CsvSource(nullValues = "-", value = {
            "exact, 5, 5, 5",
            "about, 1600, 1600, 1600",
            "at_least, 154, 154, -",
            "more_than, 200, 200, -",
            "up_to, 200000, -, 200000",
            "at_most, 10, -, 10"})
    void qualifierSetsBounds(String code, double v, Double low, Double high) {
        Interval i = Interval.of(Qualifier.fromCode(code), v);
        assertEquals(v, i.value());
        assertEquals(low, i.low());
        assertEquals(high, i.high());
    }

    @Test
    void rangeAndVagueCarryBoundsNotAValue() {
        assertNull(Interval.range(3, 4).value());
        assertNull(Interval.vague(200, 999).value());
        assertEquals(200, Interval.vague(200, 999).pointEstimate());
        assertThrows(IllegalArgumentException.class, () -> new Interval(5.0, 3.0, 9.0, Qualifier.RANGE));
        assertThrows(IllegalArgumentException.class, () -> Interval.of(Qualifier.RANGE, 3));
    }

    @Test
    void rejectsImpossibleIntervals() {
        assertThrows(IllegalArgumentException.class, () -> Interval.range(9, 3));
        assertThrows(IllegalArgumentException.class, () -> new Interval(null, null, null, Qualifier.EXACT));
        assertThrows(IllegalArgumentException.class, () -> new Interval(5.0, 6.0, 9.0, Qualifier.EXACT));
        assertThrows(IllegalArgumentException.class, () -> Interval.exact(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Interval.exact(-1));
        assertThrows(IllegalArgumentException.class, () -> new Interval(1.0, 1.0, 1.0, null));
    }

    @Test
    void zeroIsAFigureNotAGap() {
        Interval zero = Interval.exact(0);
        assertEquals(0.0, zero.value());
        assertTrue(zero.isPoint());
        assertFalse(Interval.of(Qualifier.AT_LEAST, 3).isPoint());
    }

    @Test
    void qualifierCodesRoundTrip() {
        for (Qualifier q : Qualifier.values()) {
            assertEquals(q, Qualifier.fromCode(q.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> Qualifier.fromCode("roughly"));
        assertTrue(Qualifier.MORE_THAN.isLowerBound());
        assertTrue(Qualifier.UP_TO.isUpperBound());
    }
}
