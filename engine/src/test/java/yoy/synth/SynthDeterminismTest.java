package yoy.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.corpus.CorpusReader;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;

/** Same seed, byte-identical corpus; another seed, another corpus; the manifest and truth read back. */
class SynthDeterminismTest {

    private static final IndicatorSet INDICATORS = IndicatorLoader.load(Path.of("../indicators.yaml"));

    @Test
    void sameSeedWritesIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        new SynthCorpus(INDICATORS).write(a, 12, 42, null);
        new SynthCorpus(INDICATORS).write(b, 12, 42, null);
        new SynthCorpus(INDICATORS).write(c, 12, 43, null);
        List<String> names = names(a);
        assertEquals(names, names(b));
        assertEquals(14, names.size(), "12 reports, manifest.yaml and truth.csv");
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n);
        }
        assertEquals(names, names(c), "the plan of files does not depend on the seed");
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve(names.get(0))),
                Files.readAllBytes(c.resolve(names.get(0)))), "another seed writes other text");
        assertFalse(Files.readString(a.resolve("truth.csv")).equals(Files.readString(c.resolve("truth.csv"))));
    }

    @Test
    void manifestAndTruthReadBack(@TempDir Path dir) throws IOException {
        SynthCorpus.Summary s = new SynthCorpus(INDICATORS).write(dir, 40, 1, null);
        List<DocumentMeta> docs = new CorpusReader(dir, n -> { }).documents();
        assertEquals(40, docs.size());
        assertTrue(docs.stream().allMatch(d -> d.inferred().isEmpty()), "every report has a manifest entry");
        assertTrue(docs.stream().map(DocumentMeta::coverageYear).distinct().count() >= 31, "years 2000-2030");
        assertTrue(docs.stream().map(DocumentMeta::publisher).distinct().count() >= 4);
        assertTrue(docs.stream().map(DocumentMeta::country).distinct().count() >= 5);
        String csv = Files.readString(dir.resolve(SynthCorpus.TRUTH), StandardCharsets.UTF_8);
        List<TruthRow> truth = TruthCsv.read(new StringReader(csv), "truth.csv");
        assertEquals(s.figures(), truth.size());
        assertEquals(INDICATORS.ids().stream().sorted().toList(),
                truth.stream().map(TruthRow::indicator).distinct().sorted().toList(), "every indicator has figures");
        for (TruthRow t : truth) {
            String text = Files.readString(dir.resolve(t.doc()), StandardCharsets.UTF_8);
            assertEquals(t.quote(), text.substring(t.start(), t.end()), "the quote lies where the row says");
        }
    }

    @Test
    void reportsAverageFortyToSixtyKilobytes(@TempDir Path dir) {
        SynthCorpus.Summary s = new SynthCorpus(INDICATORS).write(dir, 30, 5, null);
        double average = s.bytes() / 30.0;
        assertTrue(average >= 40_000 && average <= 60_000, "average report size " + average);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
