package yoy.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Writes a set of years compactly: {@code 2016–2018, 2021}. */
final class YearList {

    private YearList() {
    }

    static String format(SortedSet<Integer> years) {
        List<String> parts = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int year : years) {
            if (previous != null && year == previous + 1) {
                previous = year;
                continue;
            }
            if (start != null) {
                parts.add(run(start, previous));
            }
            start = year;
            previous = year;
        }
        if (start != null) {
            parts.add(run(start, previous));
        }
        return String.join(", ", parts);
    }

    private static String run(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
