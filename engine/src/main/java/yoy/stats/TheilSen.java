package yoy.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Theil–Sen slope (median of the slopes between every pair of points) and its confidence interval
 * after Sen (1968, eq. 2.6), chosen to agree with {@code scipy.stats.theilslopes(y, x, alpha=0.95)},
 * including its round-half-to-even choice of ranks.
 */
final class TheilSen {

    record Result(double slope, double low, double high) {
    }

    private TheilSen() {
    }

    static Result estimate(int[] years, double[] values, double confidence) {
        int n = years.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (years[j] > years[i]) {
                    slopes[k++] = (values[j] - values[i]) / (years[j] - years[i]);
                }
            }
        }
        slopes = Arrays.copyOf(slopes, k);
        Arrays.sort(slopes);
        double median = k % 2 == 1 ? slopes[k / 2] : (slopes[k / 2 - 1] + slopes[k / 2]) / 2;
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 - confidence) / 2);
        double tieTerm = 0;
        for (long t : Ties.groups(values)) {
            tieTerm += t * (t - 1) * (2 * t + 5);
        }
        double sigma = Math.sqrt(((double) n * (n - 1) * (2L * n + 5) - tieTerm) / 18.0);
        int upper = (int) Math.min(Math.rint((k - z * sigma) / 2), k - 1);
        int lower = (int) Math.max(Math.rint((k + z * sigma) / 2) - 1, 0);
        return new Result(median, slopes[lower], slopes[upper]);
    }
}
