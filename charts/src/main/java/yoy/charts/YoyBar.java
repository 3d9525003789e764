package yoy.charts;

/**
 * One change bar: slot {@code slot} is the change into year {@code fromYear + slot + 1}; {@code position}
 * of {@code groupSize} places it within the slot's group. {@code low}/{@code high} are the ends of the
 * change computed on the bounds (NaN when there is no spread to show). A bar that is not {@code solid} is
 * drawn hatched: its direction is not the same on both bounds. {@code period} is non-empty for a change
 * between the same months of two part years ("Jan–Oct vs Jan–Oct").
 */
record YoyBar(int slot, int position, int groupSize, int colorIndex, double value, double low, double high,
              boolean solid, String label, String period) {

    YoyBar {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("slot " + slot + ": a change bar needs a finite value");
        }
        period = period == null ? "" : period;
    }

    boolean hasSpread() {
        return Double.isFinite(low) && Double.isFinite(high) && low < high;
    }
}
