package yoy.change;

import java.util.Locale;

/** Which way a figure moved. */
public enum Direction {
    UP, DOWN, FLAT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Direction of(double change) {
        return change > 0 ? UP : change < 0 ? DOWN : FLAT;
    }
}
