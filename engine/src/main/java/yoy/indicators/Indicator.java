package yoy.indicators;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One indicator with its metadata, in the style of Our World in Data's indicator metadata, and the
 * rules that find its figures in report text.
 */
public record Indicator(
        String id,
        String title,
        String unit,
        String shortUnit,
        String description,
        String processingNotes,
        int decimals,
        Topic topic,
        List<Phrase> exclude,
        List<Pattern> excludePatterns,
        ReconcilePolicy reconcile,
        PartialPeriodPolicy partialPeriod,
        List<Measure> measures) {

    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public Indicator {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("bad indicator id '" + id + "'");
        }
        exclude = List.copyOf(exclude);
        excludePatterns = List.copyOf(excludePatterns);
        measures = List.copyOf(measures);
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("indicator " + id + " needs at least one measure");
        }
    }

    public Measure measure(String measureId) {
        for (Measure m : measures) {
            if (m.id().equals(measureId)) {
                return m;
            }
        }
        return null;
    }
}
