package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No input hangs or crashes {@code yoy report}: {@value #CORPORA} small corpora of random token soup
 * ({@link FuzzCorpus}, fixed seed) each run the whole report in-process, charts included. Every run must end
 * with exit 0 and a complete output folder, or with a documented data exit code and exactly one line on
 * stderr, never a stack trace. The work is bounded by counting: each corpus holds at most
 * {@value #MAX_CHARS} characters, and the report's manifest must account for every byte of every report
 * and list every file a report writes. The timeout only turns a hang into a failure; it measures nothing.
 *
 * <p>Every run extracts with all indicators of {@code indicators.yaml} (each number is decided among all of
 * them) but charts only {@value #CHARTED} of them, in turn, so that each indicator is charted in several
 * corpora: drawing 66 charts per run would make chart drawing most of the test's CPU time.
 */
class ReportFuzzTest {

    /** Fixed, so that every run tests the same corpora; {@code -Dyoy.fuzz.seed=N} explores others by hand. */
    static final long SEED = Long.getLong("yoy.fuzz.seed", 20_240_611L);
    static final int CORPORA = 40;
    static final int MAX_CHARS = 200_000;
    /** A hang guard, generous on a slow machine: a report of these corpora takes about a second. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String REAL_INDICATORS = Path.of("..", "indicators.yaml").toString();
    /** Files every successful report writes besides the charts. */
    private static final List<String> TABLES = List.of("index.html", "manifest.json", "observations.csv", "series.csv",
            "tables/datapackage.json", "tables/series-wide.csv", "tables/series.csv", "tables/trends.csv", "tables/yoy.csv");
    private static final String[] CHART_FILES = {".png", "@2x.png", ".svg", "-yoy.png", "-yoy@2x.png", "-yoy.svg"};
    static final int CHARTED = 3;

    @TempDir
    static Path tmp;

    static Stream<Integer> corpora() {
        return IntStream.range(0, CORPORA).boxed();
    }

    @ParameterizedTest(name = "corpus {0}")
    @MethodSource("corpora")
    void reportEndsWithAResultOrOneLineOfError(int index) throws IOException {
        Path corpus = tmp.resolve("corpus-" + index);
        FuzzCorpus.Written written = FuzzCorpus.write(corpus, SEED, index, MAX_CHARS);
        assertTrue(written.chars() <= MAX_CHARS, "input capped: " + written.chars());
        Path out = tmp.resolve("out-" + index);

        List<String> charted = charted(index);
        Cli.Result r = assertTimeoutPreemptively(HANG_GUARD, () -> Cli.run("report", "--corpus", corpus.toString(),
                "--indicators", REAL_INDICATORS, "--indicator", String.join(",", charted), "--out", out.toString()));

        String context = "corpus " + index + " (seed " + SEED + "), exit " + r.code() + ", stderr:\n" + r.err();
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + context);
        assertEquals("", r.out(), context);
        if (r.code() != 0) {
            assertTrue(r.code() == 65 || r.code() == 66, "a documented data exit code: " + context);
            assertEquals(1, r.errLines(), "one line of error: " + context);
            assertFalse(Files.exists(out), "nothing written on error: " + context);
            return;
        }
        String manifest = Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8);
        assertEquals(written.documents(), count(manifest, "documents"), context);
        for (Map.Entry<String, Long> doc : written.bytes().entrySet()) {
            assertTrue(manifest.contains("\"bytes\": " + doc.getValue() + ",\n      \"path\": \"corpus-" + index + "/"
                    + doc.getKey() + "\""), "every byte of " + doc.getKey() + " read: " + context);
        }
        assertEquals(charted.size(), count(manifest, "charts"), context);
        long charts = 0;
        for (String table : TABLES) {
            assertTrue(Files.isRegularFile(out.resolve(table)), table + ": " + context);
        }
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            for (Path chart : files.toList()) {
                byte[] bytes = Files.readAllBytes(chart);
                String name = chart.getFileName().toString();
                assertTrue(name.endsWith(".svg") ? new String(bytes, StandardCharsets.UTF_8).contains("</svg>")
                        : bytes.length > 8 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', name + ": " + context);
                charts++;
            }
        }
        assertEquals(charted.size() * CHART_FILES.length, charts, "every chart of every indicator: " + context);
    }

    /**
     * The work of extraction, counted (not timed), grows linearly on every soup, with near misses read too (the
     * costlier mode): four soups in a row cost four times one, and a character never costs more than
     * {@value #STEPS_PER_CHAR} steps.
     */
    @ParameterizedTest(name = "corpus {0}")
    @MethodSource("corpora")
    void extractionWorkIsBoundedByTheText(int index) throws IOException {
        Path corpus = tmp.resolve("work-" + index);
        FuzzCorpus.write(corpus, SEED, index, MAX_CHARS);
        yoy.corpus.CorpusReader reader = new yoy.corpus.CorpusReader(corpus, line -> { });
        yoy.extract.Extractor extractor = new yoy.extract.Extractor(
                yoy.indicators.IndicatorLoader.load(Path.of(REAL_INDICATORS)));
        List<yoy.model.DocumentMeta> documents;
        try {
            documents = reader.documents();
        } catch (yoy.error.YoyException e) {
            return; // a corpus refused as bad data (one line, checked above) is not extracted
        }
        for (yoy.model.DocumentMeta meta : documents) {
            yoy.corpus.Document doc = reader.read(meta);
            // The soup four times in a row, and sixteen times (with and without paragraph breaks): four times the text
            // may cost four times the steps and a little, never more. (A soup's first repeats cost more than its own
            // share, while a paragraph's window of context fills up; from four on it is full.)
            long once = steps(extractor, doc);
            String text = doc.text();
            for (String joint : new String[] {"\n\n", " "}) {
                String four = String.join(joint, text, text, text, text);
                long fourSteps = steps(extractor, new yoy.corpus.Document(meta, four));
                long sixteenSteps = steps(extractor, new yoy.corpus.Document(meta, String.join(joint, four, four, four, four)));
                assertTrue(sixteenSteps <= 4.5 * fourSteps + 100, "corpus " + index + ", " + meta.file() + ": "
                        + fourSteps + " steps, four times the text " + sixteenSteps);
            }
            long chars = Math.max(1, text.length());
            assertTrue(once <= STEPS_PER_CHAR * chars, "corpus " + index + ", " + meta.file() + ": " + once
                    + " steps for " + chars + " characters");
        }
    }

    private static long steps(yoy.extract.Extractor extractor, yoy.corpus.Document doc) {
        long[] steps = {0};
        extractor.run(doc, new yoy.extract.Extractor.Trace() {
            @Override
            public void accepted(yoy.model.Observation observation, String rule, String dating) {
            }

            @Override
            public void work(long n) {
                steps[0] = n;
            }

            @Override
            public boolean wantsNearMisses() {
                return true;
            }
        });
        return steps[0];
    }

    /**
     * Steps of extraction a character may cost: real reports take about one, awkward shapes under three, and these
     * soups, where nearly every token is a number, a cue or a date, up to about twenty. A constant, however large the
     * text: the growth check above holds it to that.
     */
    static final long STEPS_PER_CHAR = 40;

    /** The indicators charted for corpus {@code index}: {@value #CHARTED} in turn; the 10²⁰ hang's first. */
    static List<String> charted(int index) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(REAL_INDICATORS), StandardCharsets.UTF_8)) {
            if (line.startsWith("  - id: ")) {
                ids.add(line.substring("  - id: ".length()).strip());
            }
        }
        if (index == 0) {
            return List.of("extremism_prosecutions");
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < CHARTED; k++) {
            out.add(ids.get((index * CHARTED + k) % ids.size()));
        }
        return out;
    }

    /**
     * Found by this test: a number of 309 digits or more is Infinity as a double, and made an Interval throw (exit 1).
     * Now it is a near miss, "larger than any population", and the run goes on.
     */
    @Test
    void aNumberBeyondTheLargestDoubleIsNoCrash() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("beyond"));
        Files.writeString(corpus.resolve("a.txt"), "In 2020, " + "9".repeat(309) + " people were prosecuted for extremism.\n");
        Files.writeString(corpus.resolve("manifest.yaml"), "documents:\n  - file: a.txt\n    title: T\n"
                + "    publisher: P\n    country: Kazakhstan\n    coverage_year: 2020\n");
        Cli.Result r = Cli.run("extract", "--corpus", corpus.toString(), "--indicators", REAL_INDICATORS);
        assertEquals(0, r.code(), r.err());
        assertEquals("indicator", r.out().split(",")[0]);
        assertFalse(r.out().contains("9999"), "no figure of 309 digits: " + r.out());
    }

    /** A count from the manifest's {@code counts} object. */
    private static long count(String manifest, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": (\\d+)").matcher(manifest);
        assertTrue(m.find(), key + " in " + manifest);
        return Long.parseLong(m.group(1));
    }
}
