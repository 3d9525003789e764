package yoy.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class YScaleTest {

    @ParameterizedTest(name = "max {0} with {1} decimals -> 0..{2} step {3}")
    @CsvSource({
        "99,     0, 100,   20",
        "120,    0, 120,   20",
        "3,      0, 3,     1",
        "1,      0, 1,     1",
        "27300,  0, 30000, 5000",
        "1.3,    1, 1.5,   0.5",
        "0.04,   2, 0.04,  0.01",
        "0,      0, 6,     1",
        "-1,     1, 0.6,   0.1",
        "7,      0, 8,     2",
        "45,     0, 50,    10",
        "1000,   0, 1000,  200",
    })
    void picksNiceScales(double dataMax, int decimals, double max, double step) {
        YScale s = YScale.covering(dataMax, decimals);
        assertEquals(max, s.max(), 1e-9);
        assertEquals(step, s.step().value(), 1e-9);
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 20).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomMaximaGetReadableScales(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            int decimals = random.nextInt(3);
            double dataMax = Math.pow(10, random.nextDouble() * 8 - 2);
            YScale s = YScale.covering(dataMax, decimals);
            assertTrue(s.max() >= dataMax - 1e-9, s + " below " + dataMax);
            assertTrue(s.intervals() >= 1 && s.intervals() <= YScale.MAX_INTERVALS, s.toString());
            assertTrue(s.step().value() >= Math.pow(10, -decimals) - 1e-12, s.toString());
            List<String> labels = s.labels();
            assertEquals(labels.size(), new HashSet<>(labels).size(), "tick labels must differ: " + labels);
            assertEquals("0", s.label(0).replaceAll("[.]0+$", ""));
        }
    }

    @ParameterizedTest
    @CsvSource({"1234567, 0, '1,234,567'", "0.5, 1, '0.5'", "2500, 2, '2,500.00'"})
    void formatsWithTheIndicatorsDecimalsAndNoLocale(double value, int decimals, String expected) {
        assertEquals(expected, NumberText.of(value, decimals));
    }

}
