package yoy.synth;

import yoy.model.Interval;
import yoy.model.Period;

/**
 * One figure of the ground truth: what a careful labeller records for a sentence of a synthetic report,
 * in the columns of {@code observations.csv}. {@code quote} is the paragraph that states the figure and
 * {@code start}/{@code end} its character offsets in the document.
 */
public record TruthRow(String doc, String publisher, String indicator, String measure, int year, Interval interval,
        Period period, String quote, int start, int end) {

    public TruthRow {
        if (doc == null || doc.isEmpty() || indicator == null || indicator.isEmpty() || measure == null || measure.isEmpty()) {
            throw new IllegalArgumentException("doc, indicator and measure are required");
        }
        if (interval == null || period == null) {
            throw new IllegalArgumentException("interval and period are required");
        }
        publisher = publisher == null ? "" : publisher;
        quote = quote == null ? "" : quote;
    }
}
