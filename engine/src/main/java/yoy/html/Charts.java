package yoy.html;

import java.util.Map;
import java.util.TreeMap;

/**
 * The chart images a report embeds, by indicator id: {@code main} is the indicator's chart and {@code yoy}
 * its year-over-year chart (optional). Both are PNG files, best drawn at 2× (1700 px wide, shown at 850 px)
 * so they stay sharp on high-density screens and in print; a 1× PNG is shown at its own size.
 */
public record Charts(Map<String, byte[]> main, Map<String, byte[]> yoy) {

    public Charts {
        main = new TreeMap<>(main == null ? Map.of() : main);
        yoy = new TreeMap<>(yoy == null ? Map.of() : yoy);
    }

    public static Charts none() {
        return new Charts(Map.of(), Map.of());
    }
}
