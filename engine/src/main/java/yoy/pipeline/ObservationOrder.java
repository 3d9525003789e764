package yoy.pipeline;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.model.Observation;

/**
 * The one order observations are listed in: document, quote offset, indicator in file order, measure
 * in the indicator's order, year; then the number's offsets and the figure, so that no two different
 * observations tie.
 */
public final class ObservationOrder {

    private ObservationOrder() {
    }

    public static Comparator<Observation> of(IndicatorSet indicators) {
        Map<String, Integer> rank = new HashMap<>();
        // Measure ranks by indicator, not by a joined "indicator.measure" key: sorting a large run compares
        // millions of pairs, and joining the key made a new string at every comparison.
        Map<String, Map<String, Integer>> measureRank = new HashMap<>();
        List<Indicator> list = indicators.indicators();
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            rank.put(ind.id(), i);
            Map<String, Integer> measures = measureRank.computeIfAbsent(ind.id(), k -> new HashMap<>());
            for (int m = 0; m < ind.measures().size(); m++) {
                measures.put(ind.measures().get(m).id(), m);
            }
        }
        Comparator<Double> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        return Comparator.comparing(Observation::doc)
                .thenComparingInt(o -> o.source().start())
                .thenComparingInt(o -> rank.getOrDefault(o.indicator(), Integer.MAX_VALUE))
                .thenComparing(Observation::indicator)
                .thenComparingInt(o -> measureRank.getOrDefault(o.indicator(), Map.of())
                        .getOrDefault(o.measure(), Integer.MAX_VALUE))
                .thenComparing(Observation::measure)
                .thenComparingInt(Observation::year)
                .thenComparingInt(Observation::numberStart)
                .thenComparingInt(Observation::numberEnd)
                .thenComparing(o -> o.interval().low(), nullsFirst)
                .thenComparing(o -> o.interval().high(), nullsFirst)
                .thenComparing(o -> o.interval().value(), nullsFirst)
                .thenComparing(o -> o.interval().qualifier())
                .thenComparing(o -> o.period().kind())
                .thenComparing(o -> o.period().start(), Comparator.nullsFirst(Comparator.<YearMonth>naturalOrder()))
                .thenComparing(o -> o.period().end());
    }
}
