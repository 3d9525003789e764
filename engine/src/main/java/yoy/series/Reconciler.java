package yoy.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import yoy.indicators.ReconcilePolicy;

/**
 * Turns the figures reported for one measure and year into one series point. Equal claims from several
 * reports make one value with several sources; differing claims make a conflict resolved by the
 * indicator's {@link ReconcilePolicy}. A whole-year figure outranks figures for some months of the year,
 * which count less, unless a part-year figure exceeds what the whole-year figure allows: then the reports
 * contradict each other, every figure competes under the policy, and the year is a conflict. Curated
 * figures, added by an analyst, outrank every extracted figure of their year.
 */
final class Reconciler {

    private Reconciler() {
    }

    static SeriesPoint point(int year, List<Figure> all, ReconcilePolicy policy) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("year " + year + ": no figures to reconcile");
        }
        // Human decisions win: where an analyst curated a figure, extracted ones no longer compete.
        List<Figure> figures = all.stream().anyMatch(Figure::curated)
                ? all.stream().filter(Figure::curated).toList() : all;
        boolean anyFullYear = figures.stream().anyMatch(Figure::isFullYear);
        double wholeYearHigh = figures.stream().filter(Figure::isFullYear)
                .mapToDouble(f -> f.claim().upperBound()).max().orElse(Double.POSITIVE_INFINITY);
        boolean contradicted = figures.stream()
                .anyMatch(f -> !f.isFullYear() && f.claim().lowerBound() > wholeYearHigh);
        Map<Claim, List<Figure>> byClaim = new TreeMap<>(Claim.ORDER);
        for (Figure f : figures) {
            if (!anyFullYear || contradicted || f.isFullYear()) {
                byClaim.computeIfAbsent(f.claim(), c -> new ArrayList<>()).add(f);
            }
        }
        List<Support> candidates = byClaim.entrySet().stream()
                .map(e -> Support.of(e.getKey(), e.getValue()))
                .toList();
        Support chosen = candidates.stream().max(preference(policy)).orElseThrow();
        YearStatus status = candidates.size() == 1 ? YearStatus.REPORTED : YearStatus.CONFLICT;
        return new SeriesPoint(year, status, chosen.claim().interval(), chosen.claim().period(),
                List.copyOf(chosen.publishers()), chosen.docs().size());
    }

    /** Orders candidates so that the preferred one is the greatest. */
    static Comparator<Support> preference(ReconcilePolicy policy) {
        Comparator<Support> latest = Comparator.comparing(Support::latestReport, Report.ORDER);
        Comparator<Support> most = Comparator.comparingDouble((Support s) -> s.claim().lowerBound())
                .thenComparingDouble(s -> s.claim().interval().pointEstimate());
        Comparator<Support> least = Comparator.comparingDouble((Support s) -> s.claim().interval().pointEstimate())
                .thenComparingDouble(s -> s.claim().upperBound())
                .reversed();
        Comparator<Support> byPolicy = switch (policy) {
            case MAX -> most.thenComparing(latest);
            case MIN -> least.thenComparing(latest);
            case LATEST_REPORT -> latest.thenComparing(most);
        };
        return byPolicy.thenComparing(Support::claim, Claim.ORDER);
    }

    /** A report as a tie-breaker: the later coverage year wins, then the later file name. */
    record Report(int coverageYear, String doc) {
        static final Comparator<Report> ORDER = Comparator.comparingInt(Report::coverageYear).thenComparing(Report::doc);
    }

    /** One claim with the documents that make it. */
    record Support(Claim claim, Set<String> docs, Set<String> publishers, Report latestReport) {

        static Support of(Claim claim, List<Figure> figures) {
            Set<String> docs = new TreeSet<>();
            Set<String> publishers = new TreeSet<>();
            Report latest = null;
            for (Figure f : figures) {
                docs.add(f.doc());
                if (!f.publisher().isEmpty()) {
                    publishers.add(f.publisher());
                }
                Report r = new Report(f.reportYear(), f.doc());
                if (latest == null || Report.ORDER.compare(r, latest) > 0) {
                    latest = r;
                }
            }
            return new Support(claim, docs, publishers, latest);
        }
    }
}
