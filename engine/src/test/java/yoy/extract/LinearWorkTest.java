package yoy.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.model.DocumentMeta;
import yoy.model.Observation;
import yoy.pipeline.TextShapes;
import yoy.pipeline.TextShapes.Shape;

/**
 * Extraction's work grows in proportion to a document's size whatever its shape: one line, one paragraph, a table, a
 * run of numbers, headings alone, one sentence (see {@link TextShapes}, made of the seeds and the real tuning set).
 * Work is counted ({@link Work}), never timed: each shape is read at two sizes, four times apart, and the larger
 * must take at most {@link #GROWTH} times the steps of the smaller, and no more than {@link #STEPS_PER_CHAR} steps
 * for each character.
 */
class LinearWorkTest {

    /** Four times the text may cost a little more than four times the steps (the shapes' ends differ), not more. */
    static final double GROWTH = 4.5;
    /**
     * The steps one character of any shape may cost: reports made of these sentences take about one, however their
     * lines and paragraphs run. A loop that reads a whole sentence or paragraph for every figure passes it at once, even
     * at these sizes (the one sentence took 150 steps a character before it was cut into pieces).
     */
    static final double STEPS_PER_CHAR = 3;

    private static TextShapes shapes;
    private static Extractor extractor;

    @BeforeAll
    static void material() {
        List<Document> docs = new ArrayList<>();
        for (java.nio.file.Path dir : List.of(SeedCorpus.ROOT.resolve("seeds"), RealSet.DIR.resolve("tune"))) {
            CorpusReader reader = new CorpusReader(dir, notice -> { });
            for (DocumentMeta meta : reader.documents()) {
                docs.add(reader.read(meta));
            }
        }
        shapes = new TextShapes(docs);
        extractor = new Extractor(SeedCorpus.indicators());
    }

    /** The smaller size of each shape, as a fraction of its full size: small enough for a test, large enough to show. */
    private static double scale(Shape shape) {
        return switch (shape) {
            case ONE_LINE, ONE_PARAGRAPH -> 0.02; // 200 KB, some 1,500 sentences
            case ONE_SENTENCE -> 0.02; // 100 KB
            case TABLE -> 0.1; // 100 KB
            case NUMBERS -> 0.1; // 10,000 numbers
            case HEADINGS -> 0.25; // 2,500 headings
        };
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void workGrowsLinearly(Shape shape) {
        check(shape, false);
    }

    /** The same as {@code explain} reads: every number near a cue, and the reasons for the near misses. */
    @ParameterizedTest
    @EnumSource(Shape.class)
    void workGrowsLinearlyWithNearMisses(Shape shape) {
        check(shape, true);
    }

    /**
     * A figure whose topic must stand in its paragraph ("detained" counts protest detentions only near a protest) in a
     * paragraph of thousands of sentences where it never does: each figure once read the whole paragraph back.
     */
    @org.junit.jupiter.api.Test
    void aLongParagraphWithoutTheTopicStaysLinear() {
        Counted small = count(paragraphWithoutTopic(500), false);
        Counted large = count(paragraphWithoutTopic(2000), false);
        double growth = (double) large.steps / small.steps;
        assertTrue(growth <= GROWTH, "four times the sentences took " + growth + " times the steps (" + small.steps + ", "
                + large.steps + ")");
    }

    private static Document paragraphWithoutTopic(int times) {
        String text = "Police detained 25 people in the capital on Monday. The hearing was postponed again. ".repeat(times);
        return new Document(new DocumentMeta("no-topic.txt", "", "", "", 2023, "", "", ""), text);
    }

    private static void check(Shape shape, boolean nearMisses) {
        Counted small = count(shapes.make(shape, scale(shape)), nearMisses);
        Counted large = count(shapes.make(shape, 4 * scale(shape)), nearMisses);
        String report = String.format(Locale.ROOT, "%s%s: %d chars %d steps (%d figures), %d chars %d steps (%d figures)",
                shape, nearMisses ? " with near misses" : "", small.chars, small.steps, small.figures, large.chars,
                large.steps, large.figures);
        System.out.println(report);
        double growth = (double) large.steps / small.steps * small.chars * 4 / large.chars;
        assertTrue(growth <= GROWTH, report + ": four times the text took " + growth + " times the steps");
        assertTrue(large.steps <= STEPS_PER_CHAR * large.chars, report + ": more than " + STEPS_PER_CHAR + " steps a character");
    }

    private record Counted(long chars, long steps, int figures) {
    }

    private static Counted count(Document doc, boolean nearMisses) {
        long[] steps = {-1};
        List<Observation> found = new ArrayList<>();
        extractor.run(doc, new Extractor.Trace() {
            @Override
            public void accepted(Observation observation, String rule, String dating) {
                found.add(observation);
            }

            @Override
            public boolean wantsNearMisses() {
                return nearMisses;
            }

            @Override
            public void work(long n) {
                steps[0] = n;
            }
        });
        return new Counted(doc.text().length(), steps[0], found.size());
    }
}
