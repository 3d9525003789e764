package yoy.series;

import java.time.YearMonth;
import java.util.Comparator;
import yoy.model.Interval;
import yoy.model.Period;

/** What a figure states: its bounds and the months it covers. Equal claims from several reports agree. */
record Claim(Interval interval, Period period) {

    /** A total order over claims, so that ties always break the same way. */
    static final Comparator<Claim> ORDER = Comparator
            .comparing((Claim c) -> c.interval().low(), Comparator.nullsFirst(Comparator.<Double>naturalOrder()))
            .thenComparing(c -> c.interval().high(), Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(c -> c.interval().value(), Comparator.nullsFirst(Comparator.<Double>naturalOrder()))
            .thenComparing(c -> c.interval().qualifier())
            .thenComparing(c -> c.period().kind())
            .thenComparing(c -> c.period().start(), Comparator.nullsFirst(Comparator.<YearMonth>naturalOrder()))
            .thenComparing(c -> c.period().end());

    /** The least the claim documents; an open lower bound documents nothing beyond zero. */
    double lowerBound() {
        return interval.low() == null ? 0 : interval.low();
    }

    double upperBound() {
        return interval.high() == null ? Double.POSITIVE_INFINITY : interval.high();
    }
}
