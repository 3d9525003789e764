package yoy.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann-Kendall trend test of values taken in time order. Years are distinct, so only ties among
 * values matter. The p-value is exact (the null distribution of S over all n! orderings, counted by the
 * recurrence for permutations by number of inversions) for {@value #EXACT_MAX_N} or fewer values without
 * ties; otherwise it is the normal approximation with the tie-corrected variance and a continuity correction.
 */
final class MannKendall {

    static final int EXACT_MAX_N = 10;

    record Result(long s, Double tau, Double p, boolean exact) {
    }

    private MannKendall() {
    }

    static Result test(double[] values) {
        int n = values.length;
        long s = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                s += Double.compare(values[j], values[i]) > 0 ? 1 : values[j] < values[i] ? -1 : 0;
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        long tiedPairs = 0;
        long tieVariance = 0;
        for (long t : Ties.groups(values)) {
            tiedPairs += t * (t - 1) / 2;
            tieVariance += t * (t - 1) * (2 * t + 5);
        }
        // tau-b with untied years: S / sqrt(n0 (n0 - n2)); undefined when every value is equal.
        Double tau = tiedPairs == pairs ? null : s / Math.sqrt((double) pairs * (pairs - tiedPairs));
        if (n <= EXACT_MAX_N && tiedPairs == 0) {
            return new Result(s, tau, exactP(n, s), true);
        }
        double variance = ((double) n * (n - 1) * (2L * n + 5) - tieVariance) / 18.0;
        if (variance <= 0) {
            return new Result(s, tau, null, false);
        }
        double z = (s - Math.signum(s)) / Math.sqrt(variance);
        double p = 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z));
        return new Result(s, tau, Math.min(1.0, p), false);
    }

    /** P(|S| >= |s|) under no trend, from the count of permutations of n items by inversions. */
    static double exactP(int n, long s) {
        long pairs = (long) n * (n - 1) / 2;
        long[] counts = {1};
        for (int k = 2; k <= n; k++) {
            long[] next = new long[counts.length + k - 1];
            for (int inv = 0; inv < counts.length; inv++) {
                for (int add = 0; add < k; add++) {
                    next[inv + add] += counts[inv];
                }
            }
            counts = next;
        }
        // S = pairs - 2 * inversions; the distribution is symmetric, so count the tail below the observed |S|.
        long tail = (pairs - Math.abs(s)) / 2;
        double total = 0;
        double below = 0;
        for (int inv = 0; inv < counts.length; inv++) {
            total += counts[inv];
            if (inv <= tail) {
                below += counts[inv];
            }
        }
        return Math.min(1.0, 2 * below / total);
    }
}
