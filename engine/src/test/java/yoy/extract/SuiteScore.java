package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.indicators.Measure;
import yoy.model.Observation;

/**
 * Scores the sentence suite: one-to-one matching of extracted observations to expected figures per
 * case, overall precision and recall, failures per grammar point and per indicator, and a compact
 * plain-text report (deterministic: cases in file order, maps sorted).
 */
final class SuiteScore {

    /** What one case gave: the figures it missed and the observations nobody expected. */
    record CaseResult(SentenceCase sentence, List<Observation> got, List<ExpectedFigure> missed,
            List<Observation> extra, String error) {

        boolean passed() {
            return missed.isEmpty() && extra.isEmpty() && error == null;
        }

        int matched() {
            return sentence.expect().size() - missed.size();
        }
    }

    private final List<CaseResult> results;
    private final IndicatorSet indicators;

    SuiteScore(List<CaseResult> results, IndicatorSet indicators) {
        this.results = List.copyOf(results);
        this.indicators = indicators;
    }

    static CaseResult score(SentenceCase c, List<Observation> got) {
        List<Observation> extra = new ArrayList<>(got);
        List<ExpectedFigure> missed = new ArrayList<>();
        for (ExpectedFigure e : c.expect()) {
            Observation hit = extra.stream().filter(e::matches).findFirst().orElse(null);
            if (hit == null) {
                missed.add(e);
            } else {
                extra.remove(hit);
            }
        }
        return new CaseResult(c, List.copyOf(got), missed, extra, null);
    }

    static CaseResult failed(SentenceCase c, Exception e) {
        // The first project frame says where the extractor broke, without a full stack trace.
        String where = java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().startsWith("yoy."))
                .findFirst().map(f -> " at " + f.getClassName().replaceFirst("^.*\\.", "") + "." + f.getMethodName()
                        + ":" + f.getLineNumber())
                .orElse("");
        return new CaseResult(c, List.of(), c.expect(), List.of(),
                e.getClass().getSimpleName() + ": " + e.getMessage() + where);
    }

    int expected() {
        return results.stream().mapToInt(r -> r.sentence().expect().size()).sum();
    }

    int extracted() {
        return results.stream().mapToInt(r -> r.got().size()).sum();
    }

    int matched() {
        return results.stream().mapToInt(CaseResult::matched).sum();
    }

    /** Matched over extracted; 1 when nothing was extracted (no false positive was made). */
    double precision() {
        return extracted() == 0 ? 1.0 : (double) matched() / extracted();
    }

    double recall() {
        return expected() == 0 ? 1.0 : (double) matched() / expected();
    }

    String report() {
        StringBuilder out = new StringBuilder();
        long passing = results.stream().filter(CaseResult::passed).count();
        long files = results.stream().map(r -> r.sentence().file()).distinct().count();
        line(out, "yoy sentence suite: %d cases in %d files, %d expected figures, %d extracted",
                results.size(), files, expected(), extracted());
        line(out, "P %.3f (%d/%d)  R %.3f (%d/%d)  cases passing %d/%d", precision(), matched(), extracted(),
                recall(), matched(), expected(), passing, results.size());

        line(out, "");
        line(out, "by grammar point (failing/cases):");
        Map<String, int[]> points = new TreeMap<>();
        for (CaseResult r : results) {
            for (String p : r.sentence().points()) {
                int[] n = points.computeIfAbsent(p, k -> new int[2]);
                n[1]++;
                if (!r.passed()) {
                    n[0]++;
                }
            }
        }
        points.forEach((p, n) -> line(out, "  %-28s %3d/%-3d%s", p, n[0], n[1], n[0] == 0 ? "" : "  FAIL"));

        line(out, "");
        line(out, "by indicator (matched / false positives / missed):");
        Map<String, int[]> perIndicator = new TreeMap<>();
        for (String id : indicators.ids()) {
            perIndicator.put(id, new int[3]);
        }
        for (CaseResult r : results) {
            for (ExpectedFigure e : r.sentence().expect()) {
                int[] n = perIndicator.computeIfAbsent(e.indicator(), k -> new int[3]);
                if (r.missed().contains(e)) {
                    n[2]++;
                } else {
                    n[0]++;
                }
            }
            for (Observation o : r.extra()) {
                perIndicator.computeIfAbsent(o.indicator(), k -> new int[3])[1]++;
            }
        }
        perIndicator.forEach((id, n) -> line(out, "  %-36s %3d / %3d / %3d", id, n[0], n[1], n[2]));
        List<String> uncovered = uncoveredMeasures();
        if (!uncovered.isEmpty()) {
            line(out, "  measures with no case: %s", String.join(", ", uncovered));
        }

        line(out, "");
        line(out, "failing cases, by first grammar point (exp = missed expected, got = unexpected extracted):");
        Map<String, List<CaseResult>> byPoint = new TreeMap<>();
        for (CaseResult r : results) {
            if (!r.passed()) {
                byPoint.computeIfAbsent(r.sentence().points().get(0), k -> new ArrayList<>()).add(r);
            }
        }
        byPoint.forEach((point, rs) -> {
            line(out, "[%s]", point);
            rs.forEach(r -> line(out, "  %s", failureLine(r)));
        });
        return out.toString();
    }

    /** "id  exp {missed; ...}  got {extra; ...}  ~ field,field" — the near-miss fields when one pair is close. */
    static String failureLine(CaseResult r) {
        StringBuilder s = new StringBuilder(r.sentence().id());
        if (r.error() != null) {
            return s.append("  ERROR ").append(r.error()).toString();
        }
        s.append("  exp {").append(String.join("; ", r.missed().stream().map(ExpectedFigure::render).toList()))
                .append("}  got {").append(String.join("; ", r.extra().stream().map(ExpectedFigure::render).toList()))
                .append('}');
        List<String> near = new ArrayList<>();
        for (ExpectedFigure e : r.missed()) {
            r.extra().stream().map(e::differences).filter(d -> !d.contains("indicator") && d.size() <= 2)
                    .findFirst().ifPresent(d -> near.add(String.join(",", d)));
        }
        if (!near.isEmpty()) {
            s.append("  ~ wrong ").append(String.join("; ", near));
        }
        return s.toString();
    }

    private List<String> uncoveredMeasures() {
        List<String> out = new ArrayList<>();
        for (Indicator ind : indicators.indicators()) {
            for (Measure m : ind.measures()) {
                boolean covered = results.stream().flatMap(r -> r.sentence().expect().stream())
                        .anyMatch(e -> e.indicator().equals(ind.id()) && e.measure().equals(m.id()));
                if (!covered) {
                    out.add(ind.id() + "/" + m.id());
                }
            }
        }
        return out;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
