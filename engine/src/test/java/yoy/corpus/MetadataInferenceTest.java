package yoy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataInferenceTest {

    static TextProfile profile(String text) {
        TextProfile p = new TextProfile();
        // in uneven pieces, as the scanner delivers them
        for (int i = 0; i < text.length(); i += 7) {
            p.accept(CharBuffer.wrap(text, i, Math.min(text.length(), i + 7)));
        }
        return p.finish();
    }

    /** As {@link #profile}, from a char array in pieces that start past the buffer's start, as after a byte-order mark. */
    static TextProfile profileFromArray(String text, int piece) {
        TextProfile p = new TextProfile();
        char[] a = ("\uFEFF" + text).toCharArray();
        for (int i = 1; i < a.length; i += piece) {
            p.accept(CharBuffer.wrap(a, i, Math.min(a.length - i, piece)));
        }
        return p.finish();
    }

    @Test
    void arrayPiecesGiveTheSameHeadAndYears() {
        String text = "a2019 2019 x2018 1999, 2020a; (2021) 19999 2022 ".repeat(150) + "2023";
        TextProfile whole = profile(text);
        for (int piece : new int[] {1, 3, 4, 5, 7, 4096, 100_000}) {
            TextProfile p = profileFromArray(text, piece);
            assertEquals(whole.head(), p.head(), "piece " + piece);
            assertEquals(text.substring(0, TextProfile.HEAD_CHARS), p.head(), "piece " + piece);
            for (int year = 1990; year <= 2030; year++) {
                assertEquals(whole.mentions(year), p.mentions(year), "piece " + piece + ", year " + year);
            }
        }
        assertEquals(150, whole.mentions(2019));
        assertEquals(1, whole.mentions(2023));
        assertEquals(0, whole.mentions(2018));
    }

    static MetadataInference.Inferred infer(String text) {
        return MetadataInference.infer(profile(text));
    }

    @Test
    void worldReportCoversThePreviousYear() {
        MetadataInference.Inferred g = infer("World Report 2017: Belarus | Human Rights WatchSkip to content"
                + " Events of 2016 In 2016 and 2016 the authorities ...");
        assertEquals(new MetadataInference.Inferred(2016, "\"World Report 2017\" and \"Events of 2016\"", true,
                "World Report 2017: Belarus", "Human Rights Watch", "Belarus"), g);
    }

    @Test
    void worldReportWithoutCountry() {
        MetadataInference.Inferred g = infer("Human Rights Watch\nWorld Report 2020\nMany countries in 2019.\n");
        assertEquals(new MetadataInference.Inferred(2019, "\"World Report 2020\"", true, "World Report 2020",
                "Human Rights Watch", ""), g);
    }

    @Test
    void phrasesGluedByWebScrapingStillCount() {
        MetadataInference.Inferred g = infer("DonateBelarusEvents of 2016Workers at a plant, June 13, 2012.");
        assertEquals(2016, g.coverageYear());
        assertEquals("\"Events of 2016\"", g.yearEvidence());
    }

    @Test
    void eventsOfNamesTheYear() {
        MetadataInference.Inferred g = infer("A chapter\nEvents of 2016\nIn 2015, 2015 and 2015 ...\n");
        assertEquals(new MetadataInference.Inferred(2016, "\"Events of 2016\"", true, "", "", ""), g);
    }

    @Test
    void titleLineNamesYearAndCountry() {
        MetadataInference.Inferred g = infer("Amnesty International takes no position on borders shown here.\n"
                + "Back to Belarus\n\nBelarus 2021\n\nIn 2020 and 2020 and 2020 ...\n");
        assertEquals(new MetadataInference.Inferred(2021, "title line \"Belarus 2021\"", true, "Belarus 2021",
                "Amnesty International", "Belarus"), g);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bosnia and Herzegovina 2019|Bosnia and Herzegovina|2019",
        "Democratic Republic of the Congo 2018|Democratic Republic of the Congo|2018",
        "  Timor-Leste 2022  |Timor-Leste|2022",
        "Côte d’Ivoire 2020|Côte d’Ivoire|2020",
    })
    void titleLinesWithLongerNames(String line, String country, int year) {
        MetadataInference.Inferred g = infer(line + "\nText.\n");
        assertEquals(year, g.coverageYear());
        assertEquals(country, g.country());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "January 2022",
        "Annual Report 2021",
        "Since 2019",
        "In 2020",
        "This is a very long line that happens to end in a year such as 2020",
        "belarus 2020",
    })
    void linesThatAreNotTitles(String line) {
        MetadataInference.Inferred g = infer(line + "\nIn 2018 and 2018 something happened.\n");
        assertEquals(2018, g.coverageYear(), line);
        assertEquals(false, g.strong());
        assertEquals("", g.country());
    }

    @Test
    void aTitleLineCutByTheHeadIsNotUsed() {
        String text = "x".repeat(TextProfile.HEAD_CHARS - 14) + "\nBelarus 2021 continued on the same line\n";
        assertEquals(false, infer(text).strong());
    }

    @Test
    void fallsBackOnTheMostMentionedYearLaterOnATie() {
        MetadataInference.Inferred g = infer("Intro.\nIn 2019 the law; in 2020 a change; 2019, 2020 and 2018.\n");
        assertEquals(new MetadataInference.Inferred(2020, "the most-mentioned year (2 mentions)", false, "", "", ""), g);
        assertEquals(2023, infer("Only one: 2023").coverageYear());
        assertEquals("the most-mentioned year (1 mention)", infer("Only one: 2023").yearEvidence());
    }

    @Test
    void countsOnlyStandaloneFourDigitYearsInRange() {
        TextProfile p = profile("12019 20190 a2019 2019a 2,019 1850 2300 1899 2201 (2019) 2019-2020 2019. 2200");
        assertEquals(3, p.mentions(2019));
        assertEquals(1, p.mentions(2020));
        assertEquals(1, p.mentions(2200));
        assertEquals(0, p.mentions(1850));
        assertEquals(2019, p.mostMentionedYear());
    }

    @Test
    void noYearAtAll() {
        assertEquals(0, infer("No year here, only 12 and 345 and 67890.").coverageYear());
    }

    @Test
    void publisherIsTheEarliestKnownNameInTheHead() {
        assertEquals("Amnesty International",
                infer("Amnesty International report, quoting Human Rights Watch. 2020").publisher());
        assertEquals("", infer("An unknown foundation's profile, 2020").publisher());
        assertEquals("", infer("x".repeat(TextProfile.HEAD_CHARS) + " Amnesty International 2020").publisher());
    }
}
