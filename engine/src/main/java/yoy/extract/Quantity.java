package yoy.extract;

import yoy.model.Interval;
import yoy.model.Qualifier;

/**
 * A number read from a sentence, with the words that bound it. {@code first..last} are the token
 * indexes of the number itself (inclusive); {@code qualifierFirst} is where its qualifier starts
 * ("at least"), equal to {@code first} when it has none. {@code nounFrom} is where its counted noun
 * may start ("hundreds <b>of</b> people" skips the "of"). {@code rejection} is null for a count, or
 * why the number is not one ("a duration", "a year").
 */
public record Quantity(
        int first,
        int last,
        int qualifierFirst,
        int nounFrom,
        Interval interval,
        boolean ownQualifier,
        String rejection) {

    public boolean isCount() {
        return rejection == null;
    }

    public Qualifier qualifier() {
        return interval == null ? null : interval.qualifier();
    }

    Quantity withInterval(Interval i) {
        return new Quantity(first, last, qualifierFirst, nounFrom, i, ownQualifier, rejection);
    }
}
