package yoy.series;

import yoy.indicators.PartialPeriodPolicy;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.Qualifier;

/**
 * One yearly figure as a series sees it: the claim (interval and period, after the indicator's
 * partial-period policy), the document it came from and the year that document covers. {@code curated}
 * marks a figure an analyst added by hand, which outranks extracted ones.
 */
record Figure(Interval interval, Period period, String doc, String publisher, int reportYear, boolean curated) {

    static Figure of(Observation o, int reportYear, String fallbackPublisher, PartialPeriodPolicy policy,
                     boolean curated) {
        String publisher = o.publisher().isEmpty() ? fallbackPublisher : o.publisher();
        return new Figure(applyPolicy(o.interval(), o.period(), policy), o.period(), o.doc(), publisher, reportYear,
                curated);
    }

    boolean isFullYear() {
        return !period.isPartialYear();
    }

    /** The claim this figure makes; two figures with equal claims agree. */
    Claim claim() {
        return new Claim(interval, period);
    }

    private static Interval applyPolicy(Interval in, Period period, PartialPeriodPolicy policy) {
        if (!period.isPartialYear()) {
            return in;
        }
        return switch (policy) {
            case NONE -> in;
            // What happened in some months is at least what happened in the whole year.
            case LOWER_BOUND -> in.low() == null ? in : Interval.of(Qualifier.AT_LEAST, in.low());
            case PRO_RATA -> scaled(in, 12.0 / (period.end().getMonthValue() - period.start().getMonthValue() + 1));
        };
    }

    private static Interval scaled(Interval in, double factor) {
        Qualifier q = in.qualifier() == Qualifier.EXACT ? Qualifier.ABOUT : in.qualifier();
        return new Interval(times(in.value(), factor), times(in.low(), factor), times(in.high(), factor), q);
    }

    private static Double times(Double d, double factor) {
        return d == null ? null : d * factor;
    }
}
