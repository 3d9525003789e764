package yoy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.indicators.Measure;
import yoy.model.DocumentMeta;
import yoy.pipeline.TextShapes;
import yoy.synth.SynthCorpus;

/**
 * What a sentence's letters tell before it is tokenised may only be wrong one way: a topic list told absent
 * ({@link PhraseGate}) is matched by no phrase, one told present is matched by one; a sentence told to name no
 * year holds no time expression with a year, one told to hold no time expression holds none; and
 * {@link Sentence#hasAnyWord} finds what a search word by word finds. Checked on every sentence of the seeds, the
 * real tuning set, a synthetic corpus, every shape of text, and seeded sentences built of the awkward words.
 */
class SentenceLettersTest {

    private static final IndicatorSet SET = SeedCorpus.indicators();
    private static final RuleMatcher RULES = new RuleMatcher(SET);

    private static List<Integer> topicLists() {
        List<Integer> out = new ArrayList<>();
        for (Indicator ind : SET.indicators()) {
            out.add(RULES.index().list(ind.topic().any()));
            for (Measure m : ind.measures()) {
                if (m.topic() != null) {
                    out.add(RULES.index().list(m.topic().any()));
                }
            }
        }
        return out;
    }

    private static final List<Integer> TOPICS = topicLists();

    private static void assertTold(String text) {
        for (Sentence s : Segmenter.split(text)) {
            String quoted = "'" + text.substring(s.start(), s.end()) + "'";
            SentenceView v = new SentenceView(s, RULES.index(), List.of(), new Work());
            PhraseGate gate = RULES.index().topics();
            PhraseGate.Lists lists = s.topics(gate);
            for (int list : TOPICS) {
                boolean holds = v.any(list, 0, v.tokens().size());
                assertTrue(gate.mayHold(lists, list) || !holds, () -> "told absent, but stands: list " + list + " in " + quoted);
                assertTrue(!gate.surelyHolds(lists, list) || holds, () -> "told present, but absent: list " + list + " in " + quoted);
            }
            List<TimeExpr> times = TimeReader.read(s.tokens());
            assertTrue(s.mayNameYear() || times.stream().noneMatch(TimeExpr::hasYear), () -> "told yearless: " + quoted + " " + times);
            assertTrue(s.mayNameTime() || times.isEmpty(), () -> "told timeless: " + quoted + " " + times);
            for (String w : WORDS) {
                assertEquals(hasWord(s, text, w), s.hasAnyWord(w), () -> "'" + w + "' in " + quoted);
            }
            assertEquals(hasWord(s, text, "from") || hasWord(s, text, "figure") || hasWord(s, text, "number"),
                    s.hasAnyWord("from", "figure", "number"), () -> "from, figure or number in " + quoted);
        }
    }

    /** The search word by word that {@link Sentence#hasAnyWord} replaced: at every position, the word and its bounds. */
    private static boolean hasWord(Sentence s, String text, String w) {
        int n = w.length();
        for (int i = s.start(); i + n <= s.end(); i++) {
            if ((i == s.start() || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + n == s.end() || !Character.isLetterOrDigit(text.charAt(i + n)))
                    && text.substring(i, i + n).chars().map(c -> c | 0x20).boxed().toList()
                            .equals(w.chars().boxed().toList())) {
                return true;
            }
        }
        return false;
    }

    private static final String[] WORDS = {"from", "figure", "number", "a", "protest"};

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void areRightOnRealReports(Path report) throws IOException {
        assertTold(Files.readString(report));
    }

    static Stream<Path> reports() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(SeedCorpus.ROOT.resolve("seeds"), RealSet.DIR.resolve("tune"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @Test
    void areRightOnASyntheticCorpus() {
        SynthCorpus synth = new SynthCorpus(SET);
        for (int k = 0; k < 100; k++) {
            assertTold(synth.document(k, 200, 13L).text());
        }
    }

    @ParameterizedTest
    @EnumSource(TextShapes.Shape.class)
    void areRightOnEveryShape(TextShapes.Shape shape) {
        List<Document> docs = new ArrayList<>();
        CorpusReader reader = new CorpusReader(SeedCorpus.ROOT.resolve("seeds"), notice -> { });
        for (DocumentMeta meta : reader.documents()) {
            docs.add(reader.read(meta));
        }
        assertTold(new TextShapes(docs).make(shape, 0.01).text());
    }

    /** Topic words in every form a token may take, glued, joined, cased and written beyond ASCII. */
    private static final String[] TOPIC_WORDS = {"protest", "protests", "Protesters", "PROTEST", "protest-related",
        "anti-protest", "2protest", "protest2", "protest\u0301", "prot\u00E9st", "rally", "rallying", "Rally’s", "rally's",
        "rally-goers", "torture", "tortured", "ill-treatment", "ill‑treated", "ill", "treatment", "Jehovah's",
        "Jehovah’s", "Jehovahs", "anti-terror", "anti-terrorism", "anti", "terror", "terror-related", "terror charges",
        "political prisoners", "for political", "political", "prisoners of conscience", "prisoner", "conscience",
        "Gülen movement", "movement", "fetö", "feto", "FETO", "митинг", "Митинги", "\u212Aill", "İslam", "islam",
        "Islamic", "public event", "public events", "public", "mass event", "domestic", "by their partners",
        "by their husbands", "husband", "wife", "relative", "relatives", "family members", "family member",
        "extremism", "extremist", "Extremist-related", "religious", "church", "mosque", "worship", "picket",
        "marches", "march", "gatherings", "crowd", "dispersed", "uprising", "riots", "clashes", "unrest"};
    /** Times in every form the readers take, and their neighbours that are none. */
    private static final String[] TIMES = {"2023", "in 2023", "mid-2023", "mid-June", "mid-", "20.02.2024", "20.02.24",
        "02/20/24", "3 / 4 / 21", "1.5", "١٩٩٩", "12", "20234", "0203", "in July", "May", "may", "Sept.", "year",
        "year's", "years’", "year-end", "the year", "writing", "at the time of writing", "period", "months", "half",
        "quarter", "ранее", "году", "midway", "yearly", "Julyish", "last year", "this year", "a year earlier"};
    private static final String[] GLUE = {" ", ", ", "; ", " (", ") ", "-", "—", " “", "” ", "’", "/", ".", " and ", "\u00A0"};

    /** Seeded sentences of topic and time words glued every which way. */
    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3"})
    void areRightOnGeneratedSentences(long seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 1_500; k++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? "Police detained 25 people" : "");
            for (int w = 0; w < 1 + random.nextInt(6); w++) {
                sb.append(GLUE[random.nextInt(GLUE.length)]);
                sb.append(random.nextBoolean() ? TOPIC_WORDS[random.nextInt(TOPIC_WORDS.length)]
                        : TIMES[random.nextInt(TIMES.length)]);
            }
            assertTold(sb.toString());
        }
    }

    @Test
    void tellMostSentencesWithoutReadingThem() {
        PhraseGate gate = RULES.index().topics();
        Sentence plain = Segmenter.split("The hearing was postponed again.").get(0);
        Sentence protest = Segmenter.split("Hundreds gathered for a protest in the capital.").get(0);
        int protests = RULES.index().list(SET.indicators().stream().filter(i -> i.id().equals("protest_detentions"))
                .findFirst().orElseThrow().topic().any());
        assertFalse(gate.mayHold(plain.topics(gate), protests));
        assertTrue(gate.surelyHolds(protest.topics(gate), protests));
        assertFalse(plain.mayNameYear());
        assertFalse(plain.mayNameTime());
        assertTrue(Segmenter.split("It was banned in mid-2023.").get(0).mayNameYear());
        assertTrue(Segmenter.split("It was banned in July.").get(0).mayNameTime());
    }
}
