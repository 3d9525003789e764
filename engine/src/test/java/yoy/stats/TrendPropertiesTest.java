package yoy.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random series checked against properties every correct implementation has. */
class TrendPropertiesTest {

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exactPMatchesBruteForceOverAllOrderings(long seed) {
        Random r = new Random(seed);
        int n = 3 + r.nextInt(5);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        long observed = kendallS(shuffle(perm.clone(), r));
        int[] count = new int[2];
        permute(perm, 0, observed, count);
        assertEquals((double) count[0] / count[1], MannKendall.exactP(n, observed), 1e-15);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void slopesScaleAndReverseWithTheData(long seed) {
        Random r = new Random(seed);
        int n = 3 + r.nextInt(25);
        int[] years = new int[n];
        double[] values = new double[n];
        double[] scaled = new double[n];
        double[] mirrored = new double[n];
        int year = 1990;
        for (int i = 0; i < n; i++) {
            year += 1 + r.nextInt(3);
            years[i] = year;
            values[i] = Math.round(r.nextDouble() * 50) + (r.nextBoolean() ? 0.5 : 0);
            scaled[i] = values[i] * 4;
            mirrored[i] = 1000 - values[i];
        }
        Trend t = TrendAnalysis.analyse(years, values);
        Trend s = TrendAnalysis.analyse(years, scaled);
        Trend m = TrendAnalysis.analyse(years, mirrored);
        assertEquals(4 * t.olsSlope(), s.olsSlope(), 1e-9 * Math.max(1, Math.abs(s.olsSlope())));
        assertEquals(4 * t.theilSen(), s.theilSen(), 1e-9 * Math.max(1, Math.abs(s.theilSen())));
        assertEquals(t.mkS(), s.mkS());
        assertEquals(t.mkP(), s.mkP());
        assertEquals(-t.mkS(), m.mkS());
        assertEquals(-t.theilSen(), m.theilSen(), 1e-9 * Math.max(1, Math.abs(t.theilSen())));
        assertEquals(-t.tsHigh(), m.tsLow(), 1e-9 * Math.max(1, Math.abs(t.tsHigh())));
        assertTrue(t.olsLow() <= t.olsSlope() && t.olsSlope() <= t.olsHigh());
        assertTrue(t.tsLow() <= t.theilSen() && t.theilSen() <= t.tsHigh());
        assertTrue(t.mkP() == null || (t.mkP() > 0 && t.mkP() <= 1));
    }

    private static void permute(int[] a, int k, long observed, int[] count) {
        if (k == a.length) {
            count[1]++;
            if (Math.abs(kendallS(a)) >= Math.abs(observed)) {
                count[0]++;
            }
            return;
        }
        for (int i = k; i < a.length; i++) {
            swap(a, k, i);
            permute(a, k + 1, observed, count);
            swap(a, k, i);
        }
    }

    private static long kendallS(int[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                s += Integer.signum(a[j] - a[i]);
            }
        }
        return s;
    }

    private static int[] shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            swap(a, i, r.nextInt(i + 1));
        }
        return a;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
