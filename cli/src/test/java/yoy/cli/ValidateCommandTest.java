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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code yoy validate}: problems as file:line:col lines on stdout, nothing written, exit 0, 65 or 66. */
class ValidateCommandTest {

    static final Path REAL_INDICATORS = Path.of("..", "indicators.yaml");
    /** The engine's broken indicator files (tests run in the cli module folder). */
    static final Path CASES = Path.of("..", "engine", "src", "test", "resources", "cases", "indicators");

    @TempDir
    Path tmp;

    private static Cli.Result validate(Path indicators, Path corpus) {
        return Cli.run("validate", "--indicators", indicators.toString(), "--corpus", corpus.toString());
    }

    private static void assertNoStackTrace(Cli.Result r) {
        for (String s : List.of(r.out(), r.err())) {
            assertFalse(s.contains("\tat ") || s.contains("Exception") || s.contains("internal error"), s);
        }
    }

    private Path seedCopy(Path dir, String... names) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Cli.SEEDS)) {
            Path first = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            for (String name : names) {
                Files.copy(first, dir.resolve(name));
            }
        }
        return dir;
    }

    @Test
    void theProjectsOwnFilesAreValid() {
        Cli.Result r = validate(REAL_INDICATORS, Cli.SEEDS);
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("yoy: valid: " + REAL_INDICATORS + " (11 indicators) and " + Cli.SEEDS), r.err());
    }

    @Test
    void theDefaultsAreTheProjectsFiles() {
        Cli.Result r = Cli.run("validate", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--indicators=FILE") && r.out().contains("default: indicators.yaml")
                && r.out().contains("--corpus=DIR") && r.out().contains("default: seeds")
                && r.out().contains("Exit codes:"), r.out());
    }

    static Stream<String> brokenCases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> Files.exists(p.resolve("indicators.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCases")
    void eachBrokenIndicatorFileIsOneLineAndExit65(String name) throws IOException {
        Path file = Files.copy(CASES.resolve(name).resolve("indicators.yaml"), tmp.resolve("indicators.yaml"));
        List<String> expected = Files.readAllLines(CASES.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8);
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> validate(file, Cli.SEEDS));
        assertEquals(Integer.parseInt(expected.get(0).strip()), r.code(), r.out() + r.err());
        assertEquals(expected.get(1).replace("{file}", file.toString()) + "\n", r.out());
        assertNoStackTrace(r);
    }

    @Test
    void aFiveMegabyteFileIsRefusedQuickly() throws IOException {
        Path file = tmp.resolve("big.yaml");
        Files.write(file, ("indicators:\n" + "# padding\n".repeat(520_000)).getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.size(file) > 5_000_000);
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> validate(file, Cli.SEEDS));
        assertEquals(65, r.code());
        assertEquals(file + ": file is larger than 1 MiB; split it or remove unused definitions\n", r.out());
    }

    @Test
    void aMissingIndicatorFileIsMissingInput() {
        Path missing = tmp.resolve("nope.yaml");
        Cli.Result r = validate(missing, Cli.SEEDS);
        assertEquals(66, r.code());
        assertEquals(missing + ": indicator file does not exist; pass --indicators FILE or run from the project folder\n",
                r.out());
        assertNoStackTrace(r);
    }

    @Test
    void aMissingCorpusFolderIsMissingInputEvenWhenTheIndicatorsAreAlsoBroken() throws IOException {
        Path broken = Files.writeString(tmp.resolve("i.yaml"), "indicators: []\n");
        Cli.Result r = validate(broken, tmp.resolve("no-such-dir"));
        assertEquals(66, r.code());
        assertEquals(List.of(broken + ":1:13: 'indicators' is empty; define at least one indicator",
                tmp.resolve("no-such-dir") + ": corpus folder does not exist; pass --corpus DIR"), r.out().lines().toList());
    }

    @Test
    void corpusErrorsAreListedAllAtOnce() throws IOException {
        Path corpus = seedCopy(tmp.resolve("corpus"), "a.txt");
        Files.write(corpus.resolve("b.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xFF, (byte) 0xFE, 0, 1});
        Files.writeString(corpus.resolve("manifest.yaml"), """
                documents:
                  - file: a.txt
                    coverage_year: 2023
                  - file: missing.txt
                    coverage_year: 2022
                """);
        Cli.Result r = validate(REAL_INDICATORS, corpus);
        assertEquals(65, r.code(), r.out() + r.err());
        assertTrue(r.out().lines().count() >= 2, r.out());
        assertTrue(r.out().contains("missing.txt") && r.out().contains("b.txt"), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.startsWith(corpus.toString())), r.out());
        assertNoStackTrace(r);
    }

    @Test
    void warningsAloneLeaveTheExitCodeAtZero() throws IOException {
        Path corpus = seedCopy(tmp.resolve("corpus"), "a.txt", "b.txt");
        Cli.Result r = validate(REAL_INDICATORS, corpus);
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith(corpus.resolve("b.txt") + ": warning: same content as a.txt"), r.out());
        assertTrue(r.err().contains("0 errors, 1 warning"), r.err());
    }

    @Test
    void quietLeavesOnlyTheProblemLines() throws IOException {
        Path broken = Files.writeString(tmp.resolve("i.yaml"), "indicators: []\n");
        Cli.Result r = Cli.run("-q", "validate", "--indicators", broken.toString(), "--corpus", Cli.SEEDS.toString());
        assertEquals(65, r.code());
        assertEquals("", r.err());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void writesNothing() throws IOException {
        Path corpus = seedCopy(tmp.resolve("corpus"), "a.txt");
        Path indicators = Files.copy(REAL_INDICATORS, tmp.resolve("indicators.yaml"));
        List<String> before = tree();
        boolean outputBefore = Files.exists(Path.of("reports-out"));
        assertEquals(0, validate(indicators, corpus).code());
        assertEquals(before, tree());
        assertEquals(outputBefore, Files.exists(Path.of("reports-out")));
    }

    private List<String> tree() throws IOException {
        try (Stream<Path> s = Files.walk(tmp)) {
            return s.map(p -> {
                try {
                    return tmp.relativize(p) + " " + (Files.isRegularFile(p) ? Files.size(p) + " "
                            + Files.getLastModifiedTime(p) : "dir");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).sorted().toList();
        }
    }

    @Test
    void warningsGetTheCompilerStyleTag() {
        assertEquals("a.txt: warning: same content as b.txt", ValidateCommand.asWarning("a.txt: same content as b.txt"));
        assertEquals("m.yaml:3:5: warning: year 2019 differs", ValidateCommand.asWarning("m.yaml:3:5: year 2019 differs"));
    }

    @Test
    void countryAndYearsNarrowTheReportsChecked() throws IOException {
        // Two copies of a Kazakhstan 2023 report: b.txt draws a warning when it is checked.
        Path corpus = seedCopy(tmp.resolve("corpus"), "a.txt", "b.txt");
        Cli.Result about = Cli.run("validate", "--indicators", REAL_INDICATORS.toString(), "--corpus", corpus.toString(),
                "--country", "kazakhstan", "--from", "2023");
        assertEquals(0, about.code(), about.err());
        assertTrue(about.out().contains("b.txt: warning: same content as a.txt"), about.out());
        assertTrue(about.err().contains("0 errors, 1 warning in"), about.err());
        assertTrue(about.err().endsWith(corpus + "\n"), "all reports checked: " + about.err());
        Cli.Result before = Cli.run("validate", "--indicators", REAL_INDICATORS.toString(), "--corpus", corpus.toString(),
                "--to", "2022");
        assertEquals(0, before.code(), before.err());
        assertEquals("", before.out());
        assertTrue(before.err().contains("\nyoy: valid: ") && before.err().endsWith("(0 of 2 reports checked)\n"),
                before.err());
    }

    @Test
    void filtersCheckTheirOwnValues() throws IOException {
        String[] inputs = {"validate", "--indicators", REAL_INDICATORS.toString(), "--corpus", Cli.SEEDS.toString()};
        Cli.Result country = Cli.run(with(inputs, "--country", "Narnia"));
        assertEquals(2, country.code());
        assertTrue(country.err().contains("no document is about country 'narnia'"), country.err());
        Cli.Result indicator = Cli.run(with(inputs, "--indicator", "nope"));
        assertEquals(2, indicator.code());
        assertTrue(indicator.err().contains("unknown indicator 'nope'"), indicator.err());
        Cli.Result years = Cli.run(with(inputs, "--from", "2024", "--to", "2020"));
        assertEquals(2, years.code());
        assertTrue(years.err().contains("--from 2024 is after --to 2020"), years.err());
        Cli.Result known = Cli.run(with(inputs, "-q", "--indicator", "political_prisoners"));
        assertEquals(0, known.code(), known.err());
        assertEquals("", known.out() + known.err());
    }

    private static String[] with(String[] args, String... more) {
        return Stream.concat(Stream.of(args), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void aBrokenIndicatorFileIsListedWhateverIndicatorIsAsked() throws IOException {
        Path broken = Files.writeString(tmp.resolve("i.yaml"), "indicators:\n  - id: x\n    bogus: 1\n");
        Cli.Result r = Cli.run("validate", "--indicators", broken.toString(), "--corpus", Cli.SEEDS.toString(),
                "--indicator", "y");
        assertEquals(65, r.code(), r.err());
        assertTrue(r.out().contains("unknown key 'bogus'"), r.out());
    }
}
