package yoy.indicators;

import java.util.Collection;

/** Finds the nearest valid name for a misspelt one, so an error can say "did you mean ...". */
public final class Suggest {

    private Suggest() {
    }

    /** The valid name nearest to {@code wrong}, or null when none is close enough to be a likely typo. */
    public static String nearest(String wrong, Collection<String> valid) {
        int limit = Math.max(2, wrong.length() / 2);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : valid) {
            if (Math.abs(wrong.length() - v.length()) > limit) {
                continue; // cannot be close enough; also keeps a huge key from costing a huge table
            }
            int d = distance(wrong, v);
            if (d < bestDistance || (d == bestDistance && best != null && v.compareTo(best) < 0)) {
                best = v;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= limit ? best : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
