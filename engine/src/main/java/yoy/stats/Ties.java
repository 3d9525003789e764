package yoy.stats;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/** Sizes of the groups of equal values (only groups of two or more). */
final class Ties {

    private Ties() {
    }

    static List<Long> groups(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        List<Long> groups = new ArrayList<>();
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            if (j > i) {
                groups.add((long) (j - i + 1));
            }
            i = j + 1;
        }
        return groups;
    }
}
