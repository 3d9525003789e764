package yoy.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @ParameterizedTest
    @CsvSource({
        "10000, 0, 10000",
        "10000, 2, 10000",
        "1.0E7, 0, 10000000",
        "1.5, 1, 1.5",
        "1.5, 3, 1.5",
        "1.25, 1, 1.3",
        "2.5, 0, 3",
        "0, 0, 0",
        "0.0, 4, 0",
        "0.004, 2, 0",
        "0.30000000000000004, 2, 0.3",
        "123456789012, 0, 123456789012",
        "219, 0, 219",
    })
    void plainDigitsRoundedWithoutTrailingZeros(double value, int decimals, String expected) {
        assertEquals(expected, Numbers.format(value, decimals));
    }

    @Test
    void refusesNonFiniteNumbers() {
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> Numbers.format(Double.POSITIVE_INFINITY, 0));
    }
}
