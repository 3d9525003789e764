package yoy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import yoy.corpus.format.Converted;

class ChaptersTest {

    /** Builds a converted text from lines; a line "=N text" is a heading of level N. */
    private static Converted book(String... lines) {
        StringBuilder text = new StringBuilder();
        List<Converted.Heading> headings = new ArrayList<>();
        for (String line : lines) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            if (line.startsWith("=")) {
                int level = line.charAt(1) - '0';
                String h = line.substring(3);
                headings.add(new Converted.Heading(text.length(), text.length() + h.length(), level));
                text.append(h);
            } else {
                text.append(line);
            }
        }
        return new Converted(text.toString(), headings, List.of(), Converted.Hints.NONE);
    }

    private static List<String> names(List<Chapters.Chapter> chapters) {
        return chapters.stream().map(Chapters.Chapter::name).toList();
    }

    @Test
    void splitsAtCountryHeadingsOfTheChapterLevel() {
        Converted c = book("=1 The State of Rights", "Foreword text.", "=2 KAZAKHSTAN", "=3 Background",
                "Police detained 12 people.", "=2 Kyrgyz Republic", "Text.", "=2 Russian Federation", "=3 Kazakhstan",
                "A section that names a country inside a chapter.", "=1 Appendix", "Methods.");
        List<Chapters.Chapter> chapters = Chapters.of(c);
        assertEquals(List.of("Kazakhstan", "Kyrgyzstan", "Russia"), names(chapters));
        String kz = c.text().substring(chapters.get(0).start(), chapters.get(0).end());
        assertTrue(kz.startsWith("KAZAKHSTAN") && kz.contains("detained 12") && !kz.contains("Kyrgyz"), kz);
        String ru = c.text().substring(chapters.get(2).start(), chapters.get(2).end());
        assertTrue(ru.contains("names a country inside") && !ru.contains("Appendix"), ru);
    }

    @Test
    void aReportNamingTwoCountriesIsNoBook() {
        assertEquals(List.of(), Chapters.of(book("=1 Kazakhstan", "Text.", "=2 Russia", "Text.", "=2 Methods")));
    }

    @Test
    void aCountryTwiceGetsTwoChapters() {
        List<Chapters.Chapter> chapters = Chapters.of(book("=2 Belarus", "a", "=2 Armenia", "b", "=2 Georgia", "c",
                "=2 Belarus", "d"));
        assertEquals(List.of("Belarus", "Armenia", "Georgia", "Belarus (2)"), names(chapters));
        assertEquals("Belarus", chapters.get(3).country());
    }
}
