package yoy.tables;

import yoy.model.Interval;

/** A figure in words for people: "at least 219", "about 1.5", "10-20", "vague 10-100". */
public final class FigureText {

    private FigureText() {
    }

    public static String of(Interval iv, int decimals) {
        return switch (iv.qualifier()) {
            case EXACT -> n(iv.value(), decimals);
            case ABOUT -> "about " + n(iv.value(), decimals);
            case AT_LEAST -> "at least " + n(iv.low(), decimals);
            case MORE_THAN -> "more than " + n(iv.low(), decimals);
            case UP_TO -> "up to " + n(iv.high(), decimals);
            case AT_MOST -> "at most " + n(iv.high(), decimals);
            case RANGE -> bounds(iv, decimals);
            case VAGUE -> "vague " + bounds(iv, decimals);
        };
    }

    private static String bounds(Interval iv, int decimals) {
        String low = iv.low() == null ? "" : n(iv.low(), decimals);
        String high = iv.high() == null ? "" : n(iv.high(), decimals);
        return low + "-" + high;
    }

    private static String n(Double d, int decimals) {
        return d == null ? "?" : Numbers.format(d, decimals);
    }
}
