package yoy.model;

import java.util.List;

/**
 * One figure read from one document for one indicator: a claim with bounds, period, event year and
 * provenance. {@code numberStart}/{@code numberEnd} locate the number itself inside the document, so
 * that a quote can highlight it. {@code cues} are the words that made the rule fire.
 */
public record Observation(
        String indicator,
        String measure,
        int year,
        Interval interval,
        Period period,
        String publisher,
        SourceSpan source,
        int numberStart,
        int numberEnd,
        List<String> cues) {

    public Observation {
        if (indicator == null || indicator.isEmpty() || measure == null || measure.isEmpty()) {
            throw new IllegalArgumentException("indicator and measure are required");
        }
        if (interval == null || period == null || source == null) {
            throw new IllegalArgumentException("interval, period and source are required");
        }
        if (period.end().getYear() != year && !period.isCumulative()) {
            throw new IllegalArgumentException("period " + period + " does not lie in event year " + year);
        }
        if (numberStart < source.start() || numberEnd > source.end() || numberEnd <= numberStart) {
            throw new IllegalArgumentException("number span lies outside its quote");
        }
        publisher = publisher == null ? "" : publisher;
        cues = List.copyOf(cues == null ? List.of() : cues);
    }

    public String doc() {
        return source.doc();
    }
}
