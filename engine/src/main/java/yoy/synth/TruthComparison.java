package yoy.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;

/**
 * Scores extracted observations against a ground truth. A figure is the key (doc, indicator, measure,
 * event year, value, low, high, qualifier); matching is one to one, so a figure stated twice must be
 * found twice. Precision = matched / extracted, recall = matched / truth. The period is not part of the
 * key; {@link Result#periodAgreement()} reports how many matched figures also agree on it.
 */
public final class TruthComparison {

    private TruthComparison() {
    }

    /** The comparison's counts, and up to {@code SAMPLES} unmatched keys of each kind (sorted) to look at. */
    public record Result(int truth, int extracted, int matched, int matchedWithPeriod, List<String> missed,
            List<String> spurious) {

        public Result {
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }

        public double precision() {
            return extracted == 0 ? 1.0 : (double) matched / extracted;
        }

        public double recall() {
            return truth == 0 ? 1.0 : (double) matched / truth;
        }

        public double periodAgreement() {
            return matched == 0 ? 1.0 : (double) matchedWithPeriod / matched;
        }

        public String summary() {
            return String.format(Locale.ROOT,
                    "truth %d, extracted %d, matched %d: precision %.4f, recall %.4f; period agrees on %.4f of matches",
                    truth, extracted, matched, precision(), recall(), periodAgreement());
        }
    }

    static final int SAMPLES = 50;

    public static Result compare(List<TruthRow> truth, List<Observation> extracted) {
        Map<String, List<String>> expected = new TreeMap<>();
        for (TruthRow t : truth) {
            expected.computeIfAbsent(key(t.doc(), t.indicator(), t.measure(), t.year(), t.interval()), k -> new ArrayList<>())
                    .add(period(t.period()));
        }
        int matched = 0;
        int withPeriod = 0;
        List<String> spurious = new ArrayList<>();
        for (Observation o : extracted) {
            String k = key(o.doc(), o.indicator(), o.measure(), o.year(), o.interval());
            List<String> periods = expected.get(k);
            if (periods == null || periods.isEmpty()) {
                spurious.add(k + " | " + o.source().quote().strip().replaceAll("\\s+", " "));
                continue;
            }
            matched++;
            String p = period(o.period());
            if (periods.remove(p)) {
                withPeriod++;
            } else {
                periods.remove(periods.size() - 1);
            }
        }
        List<String> missed = new ArrayList<>();
        expected.forEach((k, left) -> left.forEach(p -> missed.add(k + " " + p)));
        spurious.sort(null);
        return new Result(truth.size(), extracted.size(), matched, withPeriod,
                missed.subList(0, Math.min(SAMPLES, missed.size())), spurious.subList(0, Math.min(SAMPLES, spurious.size())));
    }

    static String key(String doc, String indicator, String measure, int year, Interval iv) {
        return doc + "|" + indicator + "|" + measure + "|" + year + "|" + num(iv.value()) + "|" + num(iv.low()) + "|"
                + num(iv.high()) + "|" + iv.qualifier().code();
    }

    private static String num(Double d) {
        return d == null ? "" : yoy.tables.Numbers.format(d, 6);
    }

    private static String period(Period p) {
        return p.kind() + ":" + p.start() + ".." + p.end();
    }
}
