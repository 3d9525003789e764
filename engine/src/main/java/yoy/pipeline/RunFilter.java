package yoy.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.series.YearRange;

/**
 * What a run keeps: the indicators with the given ids (all when empty), documents about one of
 * {@code countries} (all when empty; compared ignoring case) and figures whose event year lies in
 * {@code years}. Documents about other countries are not read at all, so their years count as
 * {@code no_report}, not {@code not_reported}.
 */
public record RunFilter(Set<String> indicators, YearRange years, Set<String> countries) {

    public RunFilter {
        indicators = Set.copyOf(indicators);
        if (years == null) {
            throw new IllegalArgumentException("years are required");
        }
        Set<String> folded = new TreeSet<>();
        for (String c : countries) {
            folded.add(c.strip().toLowerCase(Locale.ROOT));
        }
        countries = Set.copyOf(folded);
    }

    public RunFilter(Set<String> indicators, YearRange years) {
        this(indicators, years, Set.of());
    }

    public static RunFilter all() {
        return new RunFilter(Set.of(), YearRange.ALL, Set.of());
    }

    /** True when a document about {@code country} is read. */
    public boolean keepsCountry(String country) {
        return countries.isEmpty() || countries.contains(country.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The documents about the wanted countries, in the given order. Asking for a country no document is
     * about is a usage error rather than an empty report, so that a typo is not mistaken for a gap.
     */
    public List<DocumentMeta> selectDocuments(List<DocumentMeta> documents) {
        if (countries.isEmpty()) {
            return documents;
        }
        List<DocumentMeta> kept = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        for (DocumentMeta d : documents) {
            known.add(d.country().isEmpty() ? "(none)" : d.country());
            if (keepsCountry(d.country())) {
                kept.add(d);
            }
        }
        Set<String> missing = new TreeSet<>(countries);
        for (DocumentMeta d : kept) {
            missing.remove(d.country().strip().toLowerCase(Locale.ROOT));
        }
        if (!missing.isEmpty()) {
            throw new YoyException(ExitCode.USAGE, "no document is about country '" + missing.iterator().next()
                    + "'; countries in the corpus: " + String.join(", ", known));
        }
        return kept;
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
