package yoy.pipeline;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;

/**
 * The one order observations are listed in: document, quote offset, indicator in file order, measure
 * in the indicator's order, year; then the number's offsets and the figure, so that no two different
 * observations tie.
 *
 * <p>Written out rather than chained from {@link Comparator#comparing}: a large run sorts millions of pairs, and
 * the chain called a lambda per key and boxed the ranks of unknown indicators at every comparison. Most pairs
 * are told apart by document and offset, so those come first, and a document's name is compared only when the
 * two strings differ.
 */
public final class ObservationOrder implements Comparator<Observation> {

    private static final Comparator<Double> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<YearMonth> MONTHS_NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Map<String, Integer> rank = new HashMap<>();
    // Measure ranks by indicator, not by a joined "indicator.measure" key, which made a new string per comparison.
    private final Map<String, Map<String, Integer>> measureRank = new HashMap<>();

    private ObservationOrder(IndicatorSet indicators) {
        List<Indicator> list = indicators.indicators();
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            rank.put(ind.id(), i);
            Map<String, Integer> measures = measureRank.computeIfAbsent(ind.id(), k -> new HashMap<>());
            for (int m = 0; m < ind.measures().size(); m++) {
                measures.put(ind.measures().get(m).id(), m);
            }
        }
    }

    public static Comparator<Observation> of(IndicatorSet indicators) {
        return new ObservationOrder(indicators);
    }

    @Override
    public int compare(Observation a, Observation b) {
        int c = compareText(a.doc(), b.doc());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.source().start(), b.source().start());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(indicatorRank(a), indicatorRank(b));
        if (c != 0) {
            return c;
        }
        c = compareText(a.indicator(), b.indicator());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(measureRank(a), measureRank(b));
        if (c != 0) {
            return c;
        }
        c = compareText(a.measure(), b.measure());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.year(), b.year());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.numberStart(), b.numberStart());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.numberEnd(), b.numberEnd());
        return c != 0 ? c : compareFigure(a, b);
    }

    /** The figure: its interval, then its period. */
    private static int compareFigure(Observation a, Observation b) {
        Interval x = a.interval();
        Interval y = b.interval();
        int c = NULLS_FIRST.compare(x.low(), y.low());
        if (c != 0) {
            return c;
        }
        c = NULLS_FIRST.compare(x.high(), y.high());
        if (c != 0) {
            return c;
        }
        c = NULLS_FIRST.compare(x.value(), y.value());
        if (c != 0) {
            return c;
        }
        c = x.qualifier().compareTo(y.qualifier());
        if (c != 0) {
            return c;
        }
        Period p = a.period();
        Period q = b.period();
        c = p.kind().compareTo(q.kind());
        if (c != 0) {
            return c;
        }
        c = MONTHS_NULLS_FIRST.compare(p.start(), q.start());
        return c != 0 ? c : p.end().compareTo(q.end());
    }

    private static int compareText(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    private int indicatorRank(Observation o) {
        Integer r = rank.get(o.indicator());
        return r == null ? Integer.MAX_VALUE : r;
    }

    private int measureRank(Observation o) {
        Map<String, Integer> measures = measureRank.get(o.indicator());
        Integer r = measures == null ? null : measures.get(o.measure());
        return r == null ? Integer.MAX_VALUE : r;
    }
}
