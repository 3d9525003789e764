package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch run goes on past a bad report with {@code --keep-going}: each bad report is skipped with one line on
 * stderr, listed with its reason in manifest.json, and the run exits 3. Without the option it still stops.
 */
class KeepGoingTest {

    @TempDir
    Path tmp;

    /** The seeds with an empty, a binary and an undated report added. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (var files = Files.list(Cli.SEEDS)) {
            for (Path p : files.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName().toString()));
            }
        }
        Files.writeString(corpus.resolve("zz-empty.txt"), "  \n");
        Files.write(corpus.resolve("zz-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xFF, 0, 1});
        Files.writeString(corpus.resolve("zz-undated.txt"), "Police detained many people at a rally.\n");
        return corpus;
    }

    private Cli.Result report(Path corpus, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("-q", "report", "--corpus", corpus.toString(),
                "--indicators", Cli.indicators().toString(), "--out", tmp.resolve("out").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void strictByDefault() throws IOException {
        Cli.Result r = report(corpus());
        assertEquals(65, r.code(), r.err());
        assertEquals(1, r.errLines(), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void keepGoingSkipsEachBadReportWithOneLineAndListsItInTheManifest() throws IOException {
        Cli.Result r = report(corpus(), "--keep-going");
        assertEquals(3, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("yoy: skipped ") && lines.get(0).contains("zz-binary.txt"), lines.get(0));
        assertTrue(lines.get(1).contains("zz-empty.txt") && lines.get(1).contains("empty"), lines.get(1));
        assertTrue(lines.get(2).contains("zz-undated.txt") && lines.get(2).contains("coverage year"), lines.get(2));
        assertFalse(r.err().contains("Exception"), r.err());
        String manifest = Files.readString(tmp.resolve("out/manifest.json"));
        assertTrue(manifest.contains("\"skipped\""), manifest);
        assertTrue(manifest.contains("corpus/zz-binary.txt") && manifest.contains("corpus/zz-undated.txt"), manifest);
        assertFalse(manifest.contains(tmp.toString()), "no absolute path in the manifest");
        // The good reports were all read: the seeds' figures are there.
        assertTrue(Files.readString(tmp.resolve("out/observations.csv")).lines().count() > 1);
    }

    @Test
    void keepGoingOnACleanCorpusExitsZero() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("clean"));
        try (var files = Files.list(Cli.SEEDS)) {
            for (Path p : files.toList()) {
                Files.copy(p, corpus.resolve(p.getFileName().toString()));
            }
        }
        Cli.Result r = report(corpus, "--keep-going");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.readString(tmp.resolve("out/manifest.json")).contains("skipped"));
    }

    @Test
    void extractKeepsGoingToo() throws IOException {
        Cli.Result r = Cli.run("-q", "extract", "--corpus", corpus().toString(), "--indicators",
                Cli.indicators().toString(), "--keep-going");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.out().startsWith("indicator,measure,year"), r.out());
    }
}
