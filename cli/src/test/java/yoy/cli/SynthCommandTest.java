package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

    private static final String INDICATORS = Path.of("..", "indicators.yaml").toString();

    @Test
    void writesACorpusAndScoresIt(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("corpus");
        Cli.Result r = Cli.run("synth", "--docs", "6", "--out", out.toString(), "--seed", "3", "--indicators", INDICATORS,
                "--check");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("manifest.yaml")));
        assertTrue(Files.isRegularFile(out.resolve("truth.csv")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(6, s.filter(p -> p.toString().endsWith(".txt")).count());
        }
        assertTrue(r.out().startsWith("6 reports: truth "), r.out());
        assertTrue(r.out().contains("precision"), r.out());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no staging folder left behind");
        }
        // written by synth, so it may be replaced
        assertEquals(0, Cli.run("-q", "synth", "--docs", "2", "--out", out.toString(), "--indicators", INDICATORS).code());
        Cli.Result checked = Cli.run("-q", "synth", "--check", "--out", out.toString(), "--indicators", INDICATORS);
        assertEquals(0, checked.code(), checked.err());
        assertTrue(checked.out().startsWith("2 reports: "), checked.out());
    }

    @Test
    void filtersNarrowWhatIsWrittenAndScored(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("corpus");
        Cli.Result r = Cli.run("-q", "synth", "--docs", "4", "--out", out.toString(), "--indicators", INDICATORS,
                "--indicator", "political_prisoners", "--check");
        assertEquals(0, r.code(), r.err());
        List<String> truth = Files.readAllLines(out.resolve("truth.csv"));
        assertTrue(truth.size() > 1 && truth.stream().skip(1).allMatch(l -> l.startsWith("political_prisoners,")),
                "only the chosen indicator is written");
        Cli.Result years = Cli.run("-q", "synth", "--check", "--out", out.toString(), "--indicators", INDICATORS,
                "--from", "2100", "--to", "2101");
        assertEquals(0, years.code(), years.err());
        assertTrue(years.out().contains("truth 0, extracted 0"), years.out());
    }

    @Test
    void badUseIsOneLineWithItsExitCode(@TempDir Path tmp) throws IOException {
        Cli.Result none = Cli.run("synth", "--out", tmp.resolve("x").toString());
        assertEquals(2, none.code());
        assertEquals(1, none.errLines(), none.err());

        Cli.Result zero = Cli.run("synth", "--docs", "0", "--out", tmp.resolve("x").toString());
        assertEquals(2, zero.code());
        assertEquals(1, zero.errLines(), zero.err());

        Path foreign = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(foreign.resolve("notes.txt"), "keep me");
        Cli.Result refused = Cli.run("synth", "--docs", "1", "--out", foreign.toString(), "--indicators", INDICATORS);
        assertEquals(73, refused.code());
        assertEquals(1, refused.errLines(), refused.err());
        assertEquals("keep me", Files.readString(foreign.resolve("notes.txt")));

        Cli.Result noTruth = Cli.run("synth", "--check", "--out", foreign.toString(), "--indicators", INDICATORS);
        assertEquals(66, noTruth.code());
        assertEquals(1, noTruth.errLines(), noTruth.err());
        assertFalse(noTruth.err().contains("Exception"), noTruth.err());
    }
}
