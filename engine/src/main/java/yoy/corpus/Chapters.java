package yoy.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import yoy.corpus.format.Converted;

/**
 * Splits a book that covers many countries (an annual report with a chapter per country) into its country
 * chapters, by its own structure: the headings whose whole text is a country's name ({@link CountryNames}).
 *
 * <p>A report is a book when at least {@value #MIN_COUNTRIES} different countries head chapters at one heading
 * level; the level that heads the most countries is the chapter level, so a country named by a smaller
 * heading inside a chapter ("Kazakhstan" as a section of a regional overview) does not cut it. A chapter runs
 * from its heading to the next chapter heading; what stands before the first one (contents, foreword,
 * regional overviews) is about no one country and is not read. A country that heads two chapters gets both,
 * the second named with {@code (2)}.
 */
final class Chapters {

    /** Fewer country headings than this is a report that names a few countries, not a book of chapters. */
    static final int MIN_COUNTRIES = 3;

    /** One chapter: its name (unique in the book), its country, and its span [start, end) of the book's text. */
    record Chapter(String name, String country, int start, int end) {
    }

    private Chapters() {
    }

    private static Chapter chapter(String country, int start, int end, Map<String, Integer> seen) {
        int n = seen.merge(country, 1, Integer::sum);
        return new Chapter(n == 1 ? country : country + " (" + n + ")", country, start, end);
    }

    /** The chapters of a converted report, or an empty list when it is not a book of country chapters. */
    static List<Chapter> of(Converted c) {
        Map<Integer, Set<String>> countriesByLevel = new TreeMap<>();
        for (Converted.Heading h : c.headings()) {
            String country = CountryNames.named(c.text().substring(h.start(), h.end()));
            if (country != null) {
                countriesByLevel.computeIfAbsent(h.level(), k -> new HashSet<>()).add(country);
            }
        }
        int level = -1;
        int most = 0;
        for (Map.Entry<Integer, Set<String>> e : countriesByLevel.entrySet()) {
            if (e.getValue().size() > most) { // on a tie the higher level (smaller number) wins: it is met first
                most = e.getValue().size();
                level = e.getKey();
            }
        }
        if (most < MIN_COUNTRIES) {
            return List.of();
        }
        // One pass over the headings: a country heading at the chapter level opens a chapter and closes the one
        // before; a heading above that level (a region's, an appendix's) closes it too.
        List<Chapter> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String open = null;
        int openedAt = 0;
        for (Converted.Heading h : c.headings()) {
            String country = h.level() == level ? CountryNames.named(c.text().substring(h.start(), h.end())) : null;
            if (open != null && (country != null || h.level() < level)) {
                out.add(chapter(open, openedAt, h.start(), seen));
                open = null;
            }
            if (country != null) {
                open = country;
                openedAt = h.start();
            }
        }
        if (open != null) {
            out.add(chapter(open, openedAt, c.text().length(), seen));
        }
        return out;
    }
}
