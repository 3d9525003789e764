package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code yoy bench} with the shared filters; a tiny run, since only the wiring is under test. */
class BenchCommandTest {

    private static Cli.Result bench(String... filters) {
        String[] args = new String[] {"-q", "bench", "--mb", "1", "--warmup-mb", "0", "--corpus", Cli.SEEDS.toString(),
                "--indicators", SeriesCommandTest.REAL_INDICATORS};
        String[] all = java.util.Arrays.copyOf(args, args.length + filters.length);
        System.arraycopy(filters, 0, all, args.length, filters.length);
        return Cli.run(all);
    }

    @Test
    void filtersNarrowWhatIsExtracted() {
        Cli.Result r = bench("--indicator", "political_prisoners", "--country", "Kazakhstan", "--from", "2023");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(extract: [\\d.]+ MB in \\d+ documents, \\d+ observations, .* MB/s.*\\n)+peak heap .*\\n"),
                r.out());
        assertEquals("", r.err());
    }

    @Test
    void badFiltersAreUsageErrors() {
        assertEquals(2, bench("--indicator", "nope").code());
        assertEquals(2, bench("--country", "Narnia").code());
        Cli.Result reversed = bench("--from", "2024", "--to", "2020");
        assertEquals(2, reversed.code());
        assertEquals(1, reversed.errLines(), reversed.err());
        assertEquals("", reversed.out());
        for (String[] bad : new String[][] {{"--rounds", "0"}, {"--mb", "0"}, {"--mb", "-1"}, {"--warmup-mb", "-5"}}) {
            Cli.Result r = Cli.run("-q", "bench", bad[0], bad[1], "--corpus", Cli.SEEDS.toString(),
                    "--indicators", SeriesCommandTest.REAL_INDICATORS);
            assertEquals(2, r.code(), bad[0] + " " + bad[1]);
            assertEquals(1, r.errLines(), r.err());
            assertTrue(r.err().startsWith("yoy: " + bad[0] + " " + bad[1] + " "), r.err());
        }
    }

    @Test
    void shapesPrintsOneRowPerShape() {
        Cli.Result r = bench("--shapes", "--shape-scale", "0.01");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(9, lines.length, r.out()); // the header, the corpus, the material as is, six shapes
        assertTrue(lines[0].startsWith("shape") && lines[1].startsWith("corpus (shifted)") && lines[3].startsWith("one line")
                && lines[8].startsWith("one sentence"), r.out());
        assertTrue(lines[8].matches("one sentence.* [\\d.]+x +\\d+ MB"), lines[8]);
        assertEquals(2, bench("--shapes", "--shape-scale", "0").code());
    }

    @Test
    void reportsTheMedianOfItsRounds() {
        Cli.Result r = bench("--rounds", "2", "--indicator", "political_prisoners");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(median of 2 runs, "), r.out());
    }
}
