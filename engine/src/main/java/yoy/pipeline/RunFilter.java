package yoy.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.series.YearRange;

/**
 * What a run keeps: the indicators with the given ids (all when empty) and figures whose event year
 * lies in {@code years}.
 */
public record RunFilter(Set<String> indicators, YearRange years) {

    public RunFilter {
        indicators = Set.copyOf(indicators);
        if (years == null) {
            throw new IllegalArgumentException("years are required");
        }
    }

    public static RunFilter all() {
        return new RunFilter(Set.of(), YearRange.ALL);
    }

    /** The indicators this filter keeps, in file order; an unknown id is a usage error. */
    public IndicatorSet select(IndicatorSet set) {
        if (indicators.isEmpty()) {
            return set;
        }
        Set<String> unknown = new TreeSet<>(indicators);
        unknown.removeAll(set.ids());
        if (!unknown.isEmpty()) {
            throw new YoyException(ExitCode.USAGE, "unknown indicator '" + unknown.iterator().next() + "'; defined in "
                    + set.source() + ": " + String.join(", ", set.ids()));
        }
        List<Indicator> kept = new ArrayList<>();
        for (Indicator i : set.indicators()) {
            if (indicators.contains(i.id())) {
                kept.add(i);
            }
        }
        return new IndicatorSet(set.source(), kept);
    }
}
