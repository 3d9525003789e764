package yoy.charts;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Numbers as a chart prints them: grouped digits with the indicator's decimals, never locale-dependent.
 * From {@link #PLAIN_LIMIT} on, a double no longer holds every integer and a grouped number runs past
 * twenty characters, so such values are written as the shortest decimal that is exactly this double, times
 * a power of ten ("1.2345×10²⁰"): nothing is rounded to a different number, and the text still fits.
 */
final class NumberText {

    /** Below 2⁵³ ≈ 9.0 × 10¹⁵, where doubles stop holding every integer; a round number for the reader. */
    static final double PLAIN_LIMIT = 1e15;
    /** U+2212, a true minus sign, as wide as the plus sign. */
    static final String MINUS = "\u2212";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private NumberText() {
    }

    /** "1,234", "0.5", "1.2345×10²⁰"; a negative value gets a true minus sign. */
    static String of(double value, int decimals) {
        double shown = rounded(value, decimals);
        return (shown < 0 ? MINUS : "") + magnitude(Math.abs(shown), decimals);
    }

    /** With an explicit sign: "+20", "0", "−20". */
    static String signed(double value, int decimals) {
        double shown = rounded(value, decimals);
        String digits = magnitude(Math.abs(shown), decimals);
        return shown > 0 ? "+" + digits : shown < 0 ? MINUS + digits : digits;
    }

    /** "×10¹⁹": the factor a scaled number or axis is written with. */
    static String timesTen(int exponent) {
        StringBuilder b = new StringBuilder("×10");
        String digits = Integer.toString(exponent);
        for (char c : digits.toCharArray()) {
            b.append(c == '-' ? '⁻' : SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    /** A value that prints as zero at these decimals is zero, so that it gets no sign. */
    private static double rounded(double value, int decimals) {
        return Math.abs(value) < 0.5 * Math.pow(10, -decimals) ? 0 : value;
    }

    private static String magnitude(double abs, int decimals) {
        if (!Double.isFinite(abs)) {
            // charts drop non-finite values before drawing; a label must still never throw
            return Double.isNaN(abs) ? "n/a" : "∞";
        }
        if (abs < PLAIN_LIMIT) {
            return String.format(Locale.ROOT, "%,." + decimals + "f", abs);
        }
        // Double.toString is the shortest decimal that reads back as this double
        BigDecimal exact = new BigDecimal(Double.toString(abs)).stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        String mantissa = exact.movePointLeft(exponent).toPlainString();
        return mantissa + timesTen(exponent);
    }
}
