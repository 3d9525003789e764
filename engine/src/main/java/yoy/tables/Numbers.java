package yoy.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as tables print them: plain digits (never scientific notation), rounded half-up to at most
 * {@code decimals} places, without trailing zeros, so 10000 is "10000", 1.50 is "1.5" and 0 is "0".
 */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative");
        }
        // BigDecimal.valueOf goes through Double.toString, the shortest decimal that reads back as the same double.
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }
}
