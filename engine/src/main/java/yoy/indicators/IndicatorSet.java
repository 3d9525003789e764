package yoy.indicators;

import java.util.List;
import java.util.Optional;

/** The indicators of one definitions file, in file order, with unique ids. */
public record IndicatorSet(String source, List<Indicator> indicators) {

    public IndicatorSet {
        indicators = List.copyOf(indicators);
    }

    public Optional<Indicator> find(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return indicators.stream().map(Indicator::id).toList();
    }
}
