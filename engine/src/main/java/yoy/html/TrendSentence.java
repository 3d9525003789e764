package yoy.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import yoy.stats.Trend;
import yoy.stats.TrendAnalysis;
import yoy.tables.Numbers;

/**
 * A trend in one sentence that states its limits: how many figures it rests on, which years, and what was
 * left out. "2 data points (2021, 2023): no trend test." or "n = 5 (2018–2022): Mann–Kendall p = 0.03,
 * Theil–Sen slope +12 per year."
 */
public final class TrendSentence {

    private TrendSentence() {
    }

    /** The full sentence, for an indicator's section. */
    public static String of(Trend t, int decimals) {
        String main = t.tested()
                ? "n = " + t.n() + " (" + span(t.years()) + "): Mann–Kendall p = " + p(t.mkP())
                    + (t.theilSen() == null ? "" : ", Theil–Sen slope " + signed(t.theilSen(), decimals + 1) + " per year")
                : untested(t);
        List<String> notes = notes(t);
        return main + (notes.isEmpty() ? "" : "; " + String.join("; ", notes)) + ".";
    }

    /** A short form for an overview card. */
    public static String brief(Trend t, int decimals) {
        if (!t.tested()) {
            return t.n() == 0 ? "no trend test: no whole-year point figure"
                    : "no trend test: " + (t.n() == 1 ? "1 data point" : t.n() + " data points") + ", "
                        + TrendAnalysis.MIN_TREND_N + " needed";
        }
        String slope = t.theilSen() == null ? "" : signed(t.theilSen(), decimals + 1) + " per year, ";
        return slope + "Mann–Kendall p = " + p(t.mkP()) + " (n = " + t.n() + ")";
    }

    private static String untested(Trend t) {
        if (t.n() == 0) {
            return "No whole-year point figure: no trend test";
        }
        String points = t.n() == 1 ? "1 data point" : t.n() + " data points";
        List<String> years = new ArrayList<>();
        for (int y : t.years()) {
            years.add(Integer.toString(y));
        }
        return points + " (" + String.join(", ", years) + "): no trend test, which needs "
                + TrendAnalysis.MIN_TREND_N;
    }

    /** What was left out; the CAGR refusals are left to the trends table. */
    private static List<String> notes(Trend t) {
        List<String> out = new ArrayList<>();
        for (String n : t.notes()) {
            if (!n.startsWith("no CAGR")) {
                out.add(n);
            }
        }
        return out;
    }

    private static String span(List<Integer> years) {
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        return first == last ? Integer.toString(first) : first + "–" + last;
    }

    static String p(Double p) {
        if (p == null) {
            return "n/a";
        }
        if (p < 0.001) {
            return "< 0.001";
        }
        return String.format(Locale.ROOT, p < 0.01 ? "%.3f" : "%.2f", p);
    }

    /** A signed number with a true minus sign: "+12", "−0.5", "0". */
    static String signed(double d, int decimals) {
        String s = Numbers.format(Math.abs(d), decimals);
        if (s.equals("0")) {
            return "0";
        }
        return (d > 0 ? "+" : "−") + s;
    }
}
