package yoy.charts;

import java.math.BigDecimal;

/**
 * The distance between two ticks: 1, 2 or 5 times a power of ten, kept as its digits. A tick's value is
 * computed in decimal from its index ({@link #tick}), never by adding doubles, so that a label is exact at
 * any magnitude: 7 × 10¹⁹ cannot come out as 69,999,999,999,999,991,808.
 */
record TickStep(int mantissa, int exponent) {

    private static final int[] MANTISSAS = {1, 2, 5};
    /** 2 × 10³⁰⁸ overflows a double: every finite value is covered long before. */
    static final int MAX_EXPONENT = 308;
    /** Steps never finer than this, whatever the decimals: the indicator file allows at most 6. */
    static final int MIN_EXPONENT = -12;

    TickStep {
        if ((mantissa != 1 && mantissa != 2 && mantissa != 5) || exponent < MIN_EXPONENT || exponent > MAX_EXPONENT
                || !Double.isFinite(mantissa * Math.pow(10, exponent))) {
            throw new IllegalArgumentException("bad tick step " + mantissa + "e" + exponent);
        }
    }

    /** The step as a double, always finite and positive. */
    double value() {
        return mantissa * Math.pow(10, exponent);
    }

    /** The exact value of tick {@code index}: index × step. */
    BigDecimal tick(long index) {
        return BigDecimal.valueOf(index).multiply(BigDecimal.valueOf(mantissa)).scaleByPowerOfTen(exponent);
    }

    /** The step between ticks {@code below} steps under zero and {@code above} steps over it. */
    record Cover(TickStep step, int below, int above) {
    }

    /**
     * The finest step, not finer than 10^{@code minExponent}, with which at most {@code maxIntervals} intervals
     * reach from {@code lo} (0 or less) to {@code hi} (0 or more). Both must be finite. The search starts
     * just under the step the extent needs, so it tries a handful of candidates at any magnitude, and it
     * always ends: 10³⁰⁸ covers every finite double in two intervals on each side.
     */
    static Cover covering(double lo, double hi, int minExponent, int maxIntervals) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > 0 || hi < 0 || maxIntervals < 4) {
            throw new IllegalArgumentException("cannot cover " + lo + ".." + hi + " in " + maxIntervals);
        }
        int finest = Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, minExponent));
        double extent = Math.max(-lo, hi);
        // logarithms apart: extent / maxIntervals underflows to 0 for the smallest doubles
        double log = extent > 0 ? Math.log10(extent) - Math.log10(maxIntervals) : finest;
        int start = log > finest ? (int) Math.floor(log) - 1 : finest;
        for (int exponent = Math.max(finest, start); exponent <= MAX_EXPONENT; exponent++) {
            for (int mantissa : MANTISSAS) {
                double step = mantissa * Math.pow(10, exponent);
                if (!Double.isFinite(step)) {
                    break;
                }
                long below = intervals(-lo, step);
                long above = intervals(hi, step);
                if (below + above <= maxIntervals) {
                    return new Cover(new TickStep(mantissa, exponent), (int) below, (int) above);
                }
            }
        }
        throw new AssertionError("unreachable: 1e308 covers " + lo + ".." + hi);
    }

    /** Steps needed to reach {@code extent} (≥ 0); the slack keeps 0.3 / 0.1 = 3.0000000000000004 at 3. */
    private static long intervals(double extent, double step) {
        return (long) Math.ceil(extent / step - 1e-9);
    }
}
