package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static final Path FORMATS = Path.of("..", "engine", "src", "test", "resources", "formats");

    private static Cli.Result formats(String... dirs) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-q", "bench", "--warmup-mb", "0",
                "--seconds", "0.01", "--indicators", SeriesCommandTest.REAL_INDICATORS));
        for (String dir : dirs) {
            args.add("--formats");
            args.add(dir);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void formatsPrintsOneRowPerFormatFound() {
        Cli.Result r = formats(FORMATS.resolve("seeds-html").toString(), FORMATS.resolve("seeds-pdf").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].matches("html: 5 files, [\\d.]+ MB of pages -> [\\d.]+ MB of text, \\d+ figures per pass; .*"
                + " MB/s of input, .* MB/s of text .*"), lines[0]);
        assertTrue(lines[1].matches("pdf: 5 files \\(\\d+ pages\\), [\\d.]+ MB of PDF -> .* pages/s .*"), lines[1]);
        // The same reports in every format: each pass finds the same figures (the seeds' 38 with these indicators).
        assertEquals(figures(lines[0]), figures(lines[1]));
    }

    @Test
    void formatsReadsABookOnceForAllItsChaptersAndPlainTextForComparison() {
        Cli.Result r = formats(FORMATS.resolve("book-pdf").toString(), Cli.SEEDS.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].startsWith("pdf: 1 file ("), lines[0]);
        assertTrue(lines[1].startsWith("txt: 5 files, "), lines[1]);
    }

    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutReportsIsAUsageError() throws IOException {
        Files.writeString(tmp.resolve("notes.md"), "not a report\n");
        for (Cli.Result r : new Cli.Result[] {formats(tmp.toString()),
                formats(FORMATS.resolve("seeds-html").toString(), tmp.toString())}) {
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.errLines(), r.err());
            assertTrue(r.err().startsWith("yoy: --formats " + tmp + " holds no report"), r.err());
            assertEquals("", r.out());
        }
        Cli.Result missing = formats(tmp.resolve("nowhere").toString());
        assertEquals(2, missing.code(), missing.err());
        assertEquals(1, missing.errLines(), missing.err());
        for (String[] bad : new String[][] {{"--seconds", "0"}, {"--shapes"}}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-q", "bench", "--formats", Cli.SEEDS.toString()));
            args.addAll(java.util.List.of(bad));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.errLines(), r.err());
        }
    }

    private static int figures(String row) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(", (\\d+) figures per pass").matcher(row);
        assertTrue(m.find(), row);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void reportsTheMedianOfItsRounds() {
        Cli.Result r = bench("--rounds", "2", "--indicator", "political_prisoners");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(median of 2 runs, "), r.out());
    }
}
