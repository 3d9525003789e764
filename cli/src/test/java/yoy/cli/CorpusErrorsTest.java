package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad corpora give one line on stderr and a documented exit code, and leave no output behind.
 *
 * <p>AWAITS THE REAL CorpusReader: every test here is skipped while yoy.corpus.CorpusReader is the
 * contract stub (it throws UnsupportedOperationException), and runs once the real reader is merged.
 */
class CorpusErrorsTest {

    @TempDir
    Path tmp;

    private Cli.Result report(Path corpus) {
        return Cli.run("-q", "report", "--corpus", corpus.toString(), "--indicators", Cli.indicators().toString(),
                "--out", tmp.resolve("out").toString());
    }

    private static void assertOneLineError(Cli.Result r, int code, String mentions) {
        assertEquals(code, r.code(), r.err());
        assertEquals(1, r.errLines(), "one line, no stack trace: " + r.err());
        assertTrue(r.err().startsWith("yoy: "), r.err());
        assertTrue(r.err().contains(mentions), "error names " + mentions + ": " + r.err());
        assertEquals("", r.out());
    }

    private Path seedCopy(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        try (var files = Files.list(Cli.SEEDS)) {
            Path first = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            return Files.copy(first, dir.resolve(name));
        }
    }

    @Test
    void aMissingCorpusFolderIsMissingInput() {
        Cli.Result r = report(tmp.resolve("no-such-dir"));
        assertOneLineError(r, 66, "no-such-dir");
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    @Test
    void anEmptyCorpusFolderIsMissingInput() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertOneLineError(report(empty), 66, "empty");
    }

    @Test
    void aBinaryFileInTheCorpusIsBadData() throws IOException {
        Path corpus = tmp.resolve("corpus");
        seedCopy(corpus, "a.txt");
        Files.write(corpus.resolve("b.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xFF, (byte) 0xFE, 0, 1});
        assertOneLineError(report(corpus), 65, "b.txt");
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    /**
     * The manifest schema below (a 'documents' list of file/coverage_year) is a guess made before the
     * corpus reader existed; adjust it to the reader's documented format if it differs.
     */
    @Test
    void aManifestNamingAMissingFileIsBadData() throws IOException {
        Path corpus = tmp.resolve("corpus");
        seedCopy(corpus, "a.txt");
        Files.writeString(corpus.resolve("manifest.yaml"), """
                documents:
                  - file: a.txt
                    coverage_year: 2023
                  - file: missing.txt
                    coverage_year: 2022
                """);
        assertOneLineError(report(corpus), 65, "missing.txt");
    }
}
