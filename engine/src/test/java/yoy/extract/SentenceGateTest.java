package yoy.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.indicators.Measure;
import yoy.synth.SynthCorpus;

/**
 * The gate is only allowed to be wrong one way: a sentence it refuses must hold no number the reader takes
 * (no count, when only counts are asked for) or no cue of any measure. Checked on every sentence of the seeds,
 * of a synthetic corpus, and of seeded sentences built around the edges of the lone-year rule.
 */
class SentenceGateTest {

    private static final IndicatorSet SET = SeedCorpus.indicators();
    private static final RuleMatcher RULES = new RuleMatcher(SET);

    /** What the slow path finds: [a number read, a count read, a measure cued]. */
    private static boolean[] slowPath(Sentence s) {
        List<Quantity> quantities = NumberReader.read(s.tokens());
        SentenceView view = new SentenceView(s, RULES.index(), quantities, new Work());
        boolean cued = false;
        for (Indicator ind : SET.indicators()) {
            for (Measure m : ind.measures()) {
                cued |= view.cued(RULES.index().list(m.cues()));
            }
        }
        return new boolean[] {!quantities.isEmpty(), quantities.stream().anyMatch(Quantity::isCount), cued};
    }

    private static void assertConservative(String text) {
        for (Sentence s : Segmenter.split(text)) {
            boolean[] found = slowPath(s);
            String quoted = "'" + text.substring(s.start(), s.end()) + "'";
            assertTrue(s.mayYield(RULES.gate(), false) || !(found[0] && found[2]), () -> "refused with a number and a cue: " + quoted);
            assertTrue(s.mayYield(RULES.gate(), true) || !(found[1] && found[2]), () -> "refused with a count and a cue: " + quoted);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void neverRefusesASeedSentenceThatYields(Path report) throws IOException {
        assertConservative(Files.readString(report));
    }

    static Stream<Path> seedReports() throws IOException {
        try (Stream<Path> files = Files.list(SeedCorpus.ROOT.resolve("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void neverRefusesASyntheticSentenceThatYields() {
        SynthCorpus synth = new SynthCorpus(SET);
        for (int k = 0; k < 200; k++) {
            assertConservative(synth.document(k, 200, 11L).text());
        }
    }

    private static final String[] BEFORE = {"", "in ", "more than ", "over ", "between ", "about ", "at least ", "(", "-",
            "x-", "1.", "1,", "’", "mid-", "A", "non-", "the first half of ", "no more than ", "a minimum of ", "in excess of ", "upwards of ", "of ", "minimum of ", "no, more than ", "not less than ", "No. ", "some ", "up to ", "Between ", "ABOUT ", "à ", "\u00A0", "and ", "to ", "March ", "May ", "march ", "June ", "a ", "an ", "A "};
    private static final String[] AFTER = {"", ".", ",", " million", " Million people", " thousand", " hundred", "s",
            "-", "-strong", "–2024", ",000", ".5", " people", " protesters", ")", "\u0301", " billion", "%", " years", " Years’", " year's", " March", " march", " May", " may", " Jan.", " of March", "–15 March", " to 15", " and a half years", " consecutive years", " months’ imprisonment", " million years", " thousand", "-year-old", "th", "’s", "-day", " years’", " days.", " of years", " decades", " night", "–12 March", " to 12 March", " March 12", " 12–15"};
    private static final String[] YEARS = {"2023", "1800", "2100", "1799", "2101", "0203", "202", "20234", "١٩٩٩", "12", "31", "32", "0", "1", "five", "Twenty", "a dozen", "dozen", "a few", "few", "several", "tens", "an hundred", "twenty", "twenty-three", "five-year", "12-month", "12th", "4th", "twenty-year-old", "dozens", "hundreds-strong", "A dozen", "zero", "one"};
    private static final String[] CUES = {"were detained", "were arrested", "in custody", "refused permits",
            "the authorities", "were banned", "were prosecuted", "political prisoners", "were killed", "nothing",
            "were refusé", "REFUSED", "Détained", "were \u212Ailled", "İn custody", "were de\u0301tained", "Mijatović said"};

    /** Seeded sentences around the edges of the lone-year rule: every year-like run, before and after anything. */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3", "4", "5"})
    void neverRefusesAGeneratedSentenceThatYields(long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < 2_000; k++) {
            String year = YEARS[random.nextInt(YEARS.length)];
            String number = BEFORE[random.nextInt(BEFORE.length)] + year + AFTER[random.nextInt(AFTER.length)];
            String cue = CUES[random.nextInt(CUES.length)];
            texts.add(random.nextBoolean() ? "Police said " + number + " people " + cue + "."
                    : cue + " " + number + " " + (random.nextBoolean() ? "demonstrators" : "in the capital"));
        }
        texts.forEach(SentenceGateTest::assertConservative);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "In 2023, police detained protesters in the capital.",
            "The authorities banned the rally (2022).",
            "Courts convicted activists throughout 2021."})
    void refusesSentencesWhoseOnlyNumberIsAYear(String text) {
        Sentence s = Segmenter.split(text).get(0);
        assertTrue(!s.mayYield(RULES.gate(), true), "a lone year is not a count");
        assertTrue(s.mayYield(RULES.gate(), false), "but explain still reads it");
    }
}
