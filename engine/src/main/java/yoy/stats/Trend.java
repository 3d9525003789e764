package yoy.stats;

import java.util.List;

/**
 * The trend statistics of one series of point figures. A statistic that could not be computed is null,
 * never zero; {@code insufficient} says why no trend test was made (null when the tests ran), and
 * {@code notes} say what was left out or refused and why.
 *
 * <ul>
 *   <li>{@code olsSlope}, {@code olsLow}, {@code olsHigh}: least-squares slope per year and its 95% confidence
 *       interval from the t distribution with n − 2 degrees of freedom; {@code r2}: coefficient of determination
 *       (null when every value is equal).</li>
 *   <li>{@code mkS}: Mann-Kendall S; {@code mkTau}: Kendall's tau-b of value against year (as SciPy's
 *       {@code kendalltau}); {@code mkP}: two-sided p, exact when {@code mkExact}, else normal approximation with
 *       tie and continuity correction.</li>
 *   <li>{@code theilSen}, {@code tsLow}, {@code tsHigh}: median of pairwise slopes with the real years as x, and its
 *       95% interval after Sen (1968), as SciPy's {@code theilslopes}.</li>
 *   <li>{@code cagr}: compound annual growth from the first to the last figure, as a fraction (0.1 = 10% a year).</li>
 * </ul>
 */
public record Trend(
        int n,
        List<Integer> years,
        Double olsSlope,
        Double olsLow,
        Double olsHigh,
        Double r2,
        Long mkS,
        Double mkTau,
        Double mkP,
        boolean mkExact,
        Double theilSen,
        Double tsLow,
        Double tsHigh,
        Double cagr,
        String insufficient,
        List<String> notes) {

    public Trend {
        years = List.copyOf(years);
        notes = List.copyOf(notes);
        if (n != years.size()) {
            throw new IllegalArgumentException("n " + n + " does not match " + years.size() + " years");
        }
    }

    /** True when the trend tests ran (n at or above {@link TrendAnalysis#MIN_TREND_N}). */
    public boolean tested() {
        return insufficient == null;
    }
}
