package yoy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.synth.SynthCorpus;

/**
 * The number and time readers pass over most tokens without trying to read anything there. Those shortcuts
 * must change nothing: on every sentence of the seeds, of a synthetic corpus and of seeded sentences packed
 * with number and time words, each reader finds exactly what it finds when it tries every token.
 */
class ReaderShortcutsTest {

    private static void assertSameReadings(String text) {
        for (Sentence s : Segmenter.split(text)) {
            List<Token> tokens = s.tokens();
            String quoted = "'" + text.substring(s.start(), s.end()) + "'";
            assertEquals(NumberReader.readTryingEverything(tokens), NumberReader.read(tokens), () -> "numbers of " + quoted);
            assertEquals(TimeReader.readTryingEverything(tokens), TimeReader.read(tokens), () -> "times of " + quoted);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedReports")
    void changeNothingOnTheSeeds(Path report) throws IOException {
        assertSameReadings(Files.readString(report));
    }

    static Stream<Path> seedReports() throws IOException {
        try (Stream<Path> files = Files.list(SeedCorpus.ROOT.resolve("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void changeNothingOnASyntheticCorpus() {
        SynthCorpus synth = new SynthCorpus(SeedCorpus.indicators());
        for (int k = 0; k < 100; k++) {
            assertSameReadings(synth.document(k, 200, 7L).text());
        }
    }

    /** Words every reader and every shortcut turns on, with filler, marks and glued forms between them. */
    private static final String[] WORDS = {
        // time
        "in", "In", "on", "during", "by", "throughout", "from", "until", "till", "before", "after", "of", "through",
        "over", "for", "as", "at", "since", "towards", "between", "Between", "this", "the", "The", "last", "a", "A",
        "writing", "early", "mid", "late", "mid-2023", "mid-June", "mid-", "year", "year's", "years’", "year-end", "end",
        "course", "reporting", "period", "same", "months", "previous", "prior", "earlier", "first", "second", "third",
        "fourth", "half", "quarter", "January", "May", "may", "March", "march", "Oct", "December", "2021", "2022",
        "1999", "١٩٩٩", "protests", "elections", "demonstrators", "attack", "that",
        // numbers
        "3", "12", "15", "31", "32", "219", "1,000", "10,000", "1.5", "3-4", "10–12", "2019-2020", "5%", "$5", "№ 5",
        "#4", "(3)", "10:30", "an", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
        "millions", "tens", "few", "handful", "couple", "several", "scores", "one", "One", "five", "Sixteen", "twenty",
        "twenty-three", "twenty-first", "forty-year-old", "seventy-seven", "ninety-nine", "six", "eleven",
        "at least", "more than", "no fewer than", "up to", "about", "nearly", "and", "or", "to", "-", "–", "percent",
        "per", "cent", "days", "consecutive", "weeks", "Article", "No", "out", "people", "were", "detained", "if",
        "must", "Street", "Avenue", "others", "them",
        // pieces of the longer forms, so that they come whole often enough
        "the first six months", "the last 3 months", "the second half", "the fourth quarter", "the same period",
        "the same months", "the course of", "the end of", "the end of the year", "the previous year", "the reporting",
        "a year earlier", "as of", "as at", "this writing", "year's end", "early May", "late 2022", "August 2 and 16",
        // marks and filler
        ",", ",", ";", ":", "(", ")", ".", "—", "police", "said", "Police", "Human", "Rights", "Watch", "courts"};

    static Stream<Long> seeds() {
        return LongStream.range(0, 20).mapToObj(i -> 20_250_000 + i);
    }

    /** Fixed seeds, so that a failure reproduces. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void changeNothingOnSeededSentences(long seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 500; k++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int w = 0; w < length; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0)) || w == 0 ? "" : " ")
                        .append(word);
            }
            assertSameReadings(text.append('.').toString());
        }
    }

    /** The farthest each kind of opener reaches for the word that makes it a time expression. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Figures as of the end of the year were higher.",
            "By the end of the year, courts had convicted them.",
            "In the course of the year, courts convicted them.",
            "Courts convicted them in the first six months of 2023.",
            "The first six months of 2023 saw more convictions.",
            "Convictions of the first six months rose.",
            "Courts convicted them in the second quarter.",
            "Courts convicted them during the reporting period.",
            "Courts convicted them between early May and June.",
            "Courts convicted them in mid-2023 and a year earlier.",
            "In the same period last year, courts convicted them."})
    void readsTheLongestForms(String text) {
        assertSameReadings(text);
        List<Token> tokens = Segmenter.split(text).get(0).tokens();
        assertEquals(false, TimeReader.read(tokens).isEmpty(), "a time expression in '" + text + "'");
    }
}
