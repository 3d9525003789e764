package yoy.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects what a reader must know to read the chart honestly (gaps, bounds, ranges, partial years,
 * figures left out) and writes it as one note. Facts shared by every measure are written once; the
 * rest is prefixed with the measure's label.
 */
final class NoteWriter {

    /** Clause kinds; gaps are listed first, the rest in year order, then in this order. */
    private enum Kind {
        NOT_REPORTED, NO_REPORT, CONFLICT, BOUND, APPROXIMATE, SPAN, PARTIAL, CUMULATIVE;

        boolean isGap() {
            return this == NOT_REPORTED || this == NO_REPORT;
        }
    }

    /** {@code template} contains {@code {years}}; per-year clauses carry their year in {@code sortYear}. */
    private record Clause(Kind kind, int sortYear, String template) {
    }

    private static final Comparator<Clause> IDENTITY = Comparator.comparing(Clause::kind)
            .thenComparingInt(Clause::sortYear)
            .thenComparing(Clause::template);

    private static final Comparator<Map.Entry<Clause, TreeSet<Integer>>> READING_ORDER =
            Comparator.<Map.Entry<Clause, TreeSet<Integer>>, Boolean>comparing(e -> !e.getKey().kind().isGap())
                    .thenComparing(e -> e.getKey().kind().isGap() ? e.getKey().kind().ordinal() : 0)
                    .thenComparing(e -> e.getValue().first())
                    .thenComparing(Map.Entry::getKey, IDENTITY);

    private final Map<String, TreeMap<Clause, TreeSet<Integer>>> byMeasure = new LinkedHashMap<>();

    void measure(String label) {
        byMeasure.computeIfAbsent(label, k -> new TreeMap<>(IDENTITY));
    }

    void notReported(String measure, int year) {
        add(measure, year, new Clause(Kind.NOT_REPORTED, 0, "reports give no figure for {years}"));
    }

    void noReport(String measure, int year) {
        add(measure, year, new Clause(Kind.NO_REPORT, 0, "no report covers {years}"));
    }

    void conflict(String measure, int year) {
        add(measure, year, new Clause(Kind.CONFLICT, 0, "{years}: reports disagree"));
    }

    /** {@code words} as the qualifier reads, e.g. "at least"; {@code lower} tells which bound it is. */
    void bound(String measure, int year, String words, boolean lower) {
        String which = lower ? "lower bound" : "upper bound";
        add(measure, year, new Clause(Kind.BOUND, 0, "{years}: " + words + " (" + which + ")"));
    }

    void approximate(String measure, int year) {
        add(measure, year, new Clause(Kind.APPROXIMATE, 0, "{years}: approximate"));
    }

    void range(String measure, int year, String low, String high) {
        add(measure, year, new Clause(Kind.SPAN, year, "{years}: range " + low + "–" + high));
    }

    void vague(String measure, int year, String shownAs) {
        add(measure, year, new Clause(Kind.SPAN, year, "{years}: vague figure, shown as " + shownAs));
    }

    void partial(String measure, int year, String months) {
        add(measure, year, new Clause(Kind.PARTIAL, year, "{years}: " + months + " only"));
    }

    /** {@code span} as "Dec 2014–Dec 2016" or "to Dec 2023". */
    void cumulative(String measure, int year, String span) {
        add(measure, year, new Clause(Kind.CUMULATIVE, year, "{years}: cumulative figure (" + span + ") not shown"));
    }

    private void add(String measure, int year, Clause clause) {
        measure(measure);
        byMeasure.get(measure).computeIfAbsent(clause, k -> new TreeSet<>()).add(year);
    }

    /** The whole note, starting "Note: ", or "" when there is nothing to say. */
    String text() {
        Map<String, List<String>> rendered = new LinkedHashMap<>();
        byMeasure.forEach((measure, clauses) -> {
            List<String> texts = new ArrayList<>();
            clauses.entrySet().stream().sorted(READING_ORDER).forEach(e ->
                    texts.add(e.getKey().template().replace("{years}", YearList.format(e.getValue()))));
            rendered.put(measure, texts);
        });
        List<String> common = new ArrayList<>();
        if (!rendered.isEmpty()) {
            for (String text : rendered.values().iterator().next()) {
                if (rendered.values().stream().allMatch(texts -> texts.contains(text))) {
                    common.add(text);
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        if (!common.isEmpty()) {
            sentences.add(capitalize(String.join("; ", common)) + ".");
        }
        rendered.forEach((measure, texts) -> {
            List<String> own = texts.stream().filter(t -> !common.contains(t)).toList();
            if (!own.isEmpty()) {
                sentences.add(measure + " — " + String.join("; ", own) + ".");
            }
        });
        return sentences.isEmpty() ? "" : "Note: " + String.join(" ", sentences);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
