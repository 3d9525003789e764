package yoy.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yoy.corpus.format.Converted;

/**
 * Guesses a report's coverage year, title, publisher and country from its text, for files the manifest
 * does not describe. The rules are generic (they name publishers' formats, never a country or a year):
 * <ol>
 *   <li>"World Report NNNN" (Human Rights Watch) covers the events of NNNN-1; "World Report NNNN: Name" names
 *       the country;</li>
 *   <li>"Events of NNNN" covers NNNN;</li>
 *   <li>a short title line "Name NNNN" (capitalised words, then a year) covers NNNN and names the country;</li>
 *   <li>else the most-mentioned year of the whole text (the later one on a tie), a weak guess.</li>
 * </ol>
 * Rules 1-3 look at the first {@value TextProfile#HEAD_CHARS} characters only. The phrases are matched with
 * their capitals and without a word boundary before them, because text scraped from web pages often glues
 * words together ("CountryEvents of NNNN" style).
 */
final class MetadataInference {

    static final String HRW = "Human Rights Watch";
    /** Publishers recognised by name; the earliest one written in the head is taken. */
    static final List<String> KNOWN_PUBLISHERS = List.of("Amnesty International", HRW, "Freedom House");

    private static final int MAX_TITLE_LINE = 60;
    private static final String WORD = "(?:[dl]['\u2019])?\\p{Lu}[\\p{L}\\p{M}'\u2019.\\-]*";
    private static final String NAME = WORD + "(?:[ \\t]+(?:(?:of|and|the|de|da|du|del|des|la|le)[ \\t]+)*" + WORD + ")*";
    private static final Pattern WORLD_REPORT = Pattern.compile(
            "World Report[ \\t]+(\\d{4})(?!\\d)(?:[ \\t]*:[ \\t]*(" + NAME + "))?");
    private static final Pattern EVENTS_OF = Pattern.compile("Events of[ \\t]+(\\d{4})(?!\\d)");
    private static final Pattern TITLE_LINE = Pattern.compile("(" + NAME + ")[ \\t]+(\\d{4})");

    /** Words that make a "Words NNNN" line a date or a heading rather than a country title. */
    private static final Set<String> NOT_A_NAME = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "spring", "summer", "autumn", "fall", "winter", "report", "reports", "annual", "events", "review",
            "update", "updated", "edition", "summary", "overview", "copyright", "published", "year", "since",
            "in", "from", "until", "before", "after", "during", "section", "chapter", "page", "volume", "issue");

    /** The guess. {@code coverageYear} 0: none found. {@code strong}: the year came from rules 1-3. */
    record Inferred(int coverageYear, String yearEvidence, boolean strong, String title, String publisher,
            String country) {
    }

    private MetadataInference() {
    }

    static Inferred infer(TextProfile profile) {
        return infer(profile, Converted.Hints.NONE);
    }

    /**
     * As {@link #infer(TextProfile)}, with what a web page or PDF says about itself: its site name is the publisher,
     * its title is read as the text's first line and taken when the text gives none, and its publication date's year is the coverage year when no rule of the
     * text gives one (a news item covers the year it was published in; an annual report says "Events of").
     */
    static Inferred infer(TextProfile profile, Converted.Hints hints) {
        // The title a page or PDF gives itself is read as the text's first line: "World Report 2022: Name" there
        // dates the report as it would in the text.
        Inferred fromText = inferFromText(profile, hints.title());
        int published = yearOf(hints.published());
        boolean usePublished = !fromText.strong() && published != 0;
        return new Inferred(usePublished ? published : fromText.coverageYear(),
                usePublished ? "the publication date " + quote(hints.published()) : fromText.yearEvidence(),
                fromText.strong() || usePublished,
                !hints.title().isEmpty() && fromText.title().isEmpty() ? hints.title() : fromText.title(),
                hints.site().isEmpty() ? fromText.publisher() : hints.site(), // the site's own name beats a guess
                fromText.country());
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    /** The year of a date as a page states it ("2021-03-12T09:00:00Z", "12 March 2021"), or 0. */
    static int yearOf(String date) {
        Matcher m = YEAR.matcher(date);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (plausible(y)) {
                return y;
            }
        }
        return 0;
    }

    private static Inferred inferFromText(TextProfile profile, String givenTitle) {
        String head = givenTitle.isEmpty() ? profile.head() : givenTitle + "\n" + profile.head();
        int year = 0;
        String evidence = "";
        boolean strong = false;
        String title = "";
        String country = "";
        String publisher = earliestPublisher(head);

        Matcher wr = WORLD_REPORT.matcher(head);
        Matcher ev = EVENTS_OF.matcher(head);
        int eventsYear = ev.find() ? Integer.parseInt(ev.group(1)) : 0;
        String[] titleLine = titleLine(head, profile.headIsWholeText());

        if (wr.find() && plausible(Integer.parseInt(wr.group(1)) - 1)) {
            int reportYear = Integer.parseInt(wr.group(1));
            year = reportYear - 1;
            strong = true;
            evidence = quote("World Report " + reportYear);
            if (eventsYear == year) {
                evidence += " and " + quote("Events of " + eventsYear);
            } else if (eventsYear != 0) {
                evidence += " (although the text also says " + quote("Events of " + eventsYear) + ")";
            }
            publisher = HRW;
            country = wr.group(2) == null ? "" : wr.group(2).strip();
            title = "World Report " + reportYear + (country.isEmpty() ? "" : ": " + country);
        } else if (plausible(eventsYear)) {
            year = eventsYear;
            strong = true;
            evidence = quote("Events of " + eventsYear);
        } else if (titleLine != null) {
            year = Integer.parseInt(titleLine[2]);
            strong = true;
            evidence = "title line " + quote(titleLine[0]);
        } else {
            int most = profile.mostMentionedYear();
            if (most != 0) {
                year = most;
                int n = profile.mentions(most);
                evidence = "the most-mentioned year (" + n + (n == 1 ? " mention)" : " mentions)");
            }
        }
        if (titleLine != null && title.isEmpty()) {
            title = titleLine[0];
            country = country.isEmpty() ? titleLine[1] : country;
        }
        return new Inferred(year, evidence, strong, title, publisher, country);
    }

    /** The first short "Name NNNN" line as {line, name, year}, or null; only whole lines of the head count. */
    private static String[] titleLine(String head, boolean headIsWholeText) {
        String[] lines = lines(head);
        int usable = headIsWholeText ? lines.length : lines.length - 1;
        for (int i = 0; i < usable; i++) {
            String line = lines[i].strip();
            if (line.length() > MAX_TITLE_LINE || !endsWithYear(line)) {
                continue; // the cheap test first: the pattern runs on the head of every report of a corpus
            }
            Matcher m = TITLE_LINE.matcher(line);
            if (m.matches() && plausible(Integer.parseInt(m.group(2))) && isName(m.group(1))) {
                return new String[] {line, m.group(1), m.group(2)};
            }
        }
        return null;
    }

    /**
     * The head's lines, split at CRLF, CR or LF, with a last (maybe empty) piece after the last break: what
     * {@code split("\r\n|\r|\n", -1)} gives, without a regular expression on the head of every report.
     */
    static String[] lines(String head) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(head.substring(start, i));
                if (c == '\r' && i + 1 < head.length() && head.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(head.substring(start));
        return out.toArray(String[]::new);
    }

    /** "… NNNN": four digits after a space or tab, as {@link #TITLE_LINE} ends. */
    private static boolean endsWithYear(String line) {
        int n = line.length();
        if (n < 6 || !(line.charAt(n - 5) == ' ' || line.charAt(n - 5) == '\t')) {
            return false;
        }
        for (int i = n - 4; i < n; i++) {
            if (line.charAt(i) < '0' || line.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(String words) {
        for (String w : words.split("[ \\t]+")) {
            if (NOT_A_NAME.contains(w.toLowerCase(Locale.ROOT).replaceAll("[.'\u2019\\-]+$", ""))) {
                return false;
            }
        }
        return true;
    }

    private static String earliestPublisher(String head) {
        String best = "";
        int bestAt = Integer.MAX_VALUE;
        for (String name : KNOWN_PUBLISHERS) {
            int at = head.indexOf(name);
            if (at >= 0 && at < bestAt) {
                best = name;
                bestAt = at;
            }
        }
        return best;
    }

    static boolean plausible(int year) {
        return year >= TextProfile.MIN_YEAR && year <= TextProfile.MAX_YEAR;
    }

    static String quote(String s) {
        return "\"" + s + "\"";
    }
}
