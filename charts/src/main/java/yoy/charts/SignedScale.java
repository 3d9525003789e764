package yoy.charts;

import java.util.Locale;

/**
 * The y axis of a change chart: from {@code min} (zero or below) to {@code max} (zero or above) in steps of
 * 1, 2 or 5 times a power of ten, so that zero is always a tick and up and down read from one baseline.
 */
record SignedScale(double min, double max, double step, int decimals) {

    static final int MAX_INTERVALS = 6;
    private static final double[] MANTISSAS = {1, 2, 5};
    static final String MINUS = "\u2212";

    SignedScale {
        if (!(step > 0) || min > 0 || max < 0 || !(max - min >= step) || decimals < 0) {
            throw new IllegalArgumentException("bad scale " + min + ".." + max + " step " + step);
        }
    }

    static SignedScale covering(double dataMin, double dataMax, int decimals) {
        int d = Math.max(0, decimals);
        double lo = Math.min(0, dataMin);
        double hi = Math.max(0, dataMax);
        double finest = Math.pow(10, -d);
        if (hi - lo <= 0) {
            return new SignedScale(-2 * finest * 5, 2 * finest * 5, 5 * finest, d);
        }
        for (int exponent = -d; ; exponent++) {
            for (double mantissa : MANTISSAS) {
                double step = mantissa * Math.pow(10, exponent);
                long below = (long) Math.ceil(-lo / step - 1e-9);
                long above = (long) Math.ceil(hi / step - 1e-9);
                if (below + above <= MAX_INTERVALS) {
                    // a side with no data still gets one step, so that a lone bar never touches the frame
                    return new SignedScale(-Math.max(below, lo < 0 ? 1 : 0) * step,
                            Math.max(above, hi > 0 ? 1 : 0) * step, step, d);
                }
            }
        }
    }

    int intervals() {
        return (int) Math.round((max - min) / step);
    }

    /** A tick label with an explicit sign: "+20", "0", "−20" (a true minus sign). */
    String format(double value) {
        return signed(value, decimals);
    }

    static String signed(double value, int decimals) {
        double rounded = Math.abs(value) < 0.5 * Math.pow(10, -decimals) ? 0 : value;
        String digits = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(rounded));
        return rounded > 0 ? "+" + digits : rounded < 0 ? MINUS + digits : digits;
    }
}
