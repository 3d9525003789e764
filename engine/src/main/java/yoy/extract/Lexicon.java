package yoy.extract;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The general English vocabulary the grammar relies on: month names, number words, vague quantities,
 * units that make a number a non-count. Nothing here is specific to a country, publisher or report;
 * indicator-specific words live in {@code indicators.yaml}.
 */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * A set of words for the hot paths. Not {@code Set.of}: its lookups divide to find a slot, and nearly every
     * lookup of the extractor misses; a hash set masks. One class of set everywhere keeps the calls direct.
     */
    static Set<String> words(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    /** A word table for the hot paths, for the same reason as {@link #words}. */
    static <V> Map<String, V> table(Map<String, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }

    static final Map<String, Integer> MONTHS = table(Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12)));

    static final Map<String, Integer> UNITS = table(Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19)));

    static final Map<String, Integer> TENS = table(Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
            "seventy", 70, "eighty", 80, "ninety", 90));

    static final Map<String, Long> SCALES = table(Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L));

    /** Abbreviated scales after a number, as Russian writes them: "1,6 тыс.", "2 млн". */
    static final Map<String, Long> SHORT_SCALES = table(Map.of("тыс", 1_000L, "тысяч", 1_000L, "тысячи", 1_000L,
            "млн", 1_000_000L, "миллиона", 1_000_000L, "миллионов", 1_000_000L));

    /** Vague quantities as [low, high]; conventions documented in docs/extraction.md. */
    static final Map<String, double[]> VAGUE = table(Map.ofEntries(
            Map.entry("tens", new double[] {20, 99}),
            Map.entry("dozens", new double[] {24, 199}),
            Map.entry("scores", new double[] {40, 199}),
            Map.entry("hundreds", new double[] {200, 999}),
            Map.entry("thousands", new double[] {2_000, 9_999}),
            Map.entry("millions", new double[] {2_000_000, 999_999_999}),
            Map.entry("several", new double[] {3, 9}),
            Map.entry("handful", new double[] {2, 9}),
            Map.entry("few", new double[] {2, 9}),
            Map.entry("couple", new double[] {2, 3})));

    /** Words after a number that make it a length of time, not a count. */
    static final Set<String> TIME_UNITS = words("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
            "week", "weeks", "month", "months", "year", "years", "years'", "year's", "decade", "decades", "century",
            "centuries", "night", "nights", "weekend", "weekends");

    /** Words before a number that make it a money amount. */
    static final Set<String> CURRENCY_BEFORE = words("eur", "usd", "us$", "$", "€", "£", "¥", "₸", "₽", "kzt", "rub",
            "gbp", "chf", "uah", "byn", "kgs", "uzs", "tjs", "azn", "amd", "gel", "inr", "cny", "rmb");

    /** Words after a number that make it a money amount or a measurement. */
    static final Set<String> UNIT_AFTER = words("tenge", "dollars", "dollar", "euros", "euro", "rubles", "roubles",
            "ruble", "pounds", "som", "soms", "manat", "lari", "hryvnia", "yuan", "rupees", "lira", "eur", "usd", "kzt",
            "percent", "per", "%", "°", "°c", "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile",
            "metres", "meters", "kg", "kilograms", "tons", "tonnes", "hectares", "acres", "mw", "gw", "kwh", "litres",
            "liters", "barrels", "degrees", "votes");

    /** Words before a number that make it a label (an article, a law, a rank), not a count. */
    static final Set<String> LABEL_BEFORE = words("article", "articles", "art", "arts", "para", "paras", "paragraph", "paragraphs", "section",
            "sections", "chapter", "clause", "no", "nos", "number", "resolution", "decree", "item", "part", "protocol",
            "page", "pages", "p", "pp", "vol", "volume", "floor", "room", "suite", "apt", "box", "route", "flight", "level",
            "grade", "class", "category", "phase", "stage", "round", "top", "ranked", "rank", "ranking", "code", "law",
            "case", "file", "order", "ein", "tel", "phone", "fax", "t", "f", "ext", "bus", "district", "block", "building",
            "unit", "platform", "gate", "lot", "step", "cell", "ward", "camp", "colony", "penal", "prison", "aged",
            "age", "ages", "tier", "figure", "table", "annex", "appendix", "point", "points", "subparagraph");

    /** Auxiliaries and common verbs that may follow a bare number used as a subject ("More than 3,000 were ..."). */
    static final Set<String> SUBJECT_VERBS = words("were", "was", "are", "is", "had", "have", "has", "remain",
            "remained", "remains", "face", "faced", "faces", "died", "reached", "received", "got", "went", "stood",
            "will", "would", "could", "might", "may", "must", "did", "do");

    /** Words that open a clause with a subject of its own after "and": "..., and police detained ...". */
    static final Set<String> NEW_SUBJECTS = words("the", "they", "he", "she", "we", "it", "police", "authorities",
            "officers", "courts", "prosecutors", "investigators", "officials");

    /** Words that end a counted noun phrase. */
    static final Set<String> NOUN_PHRASE_STOPS = words("and", "or", "but", "who", "whom", "whose", "which", "that",
            "were", "was", "are", "is", "be", "been", "being", "had", "have", "has", "in", "on", "at", "for", "to", "by",
            "from", "with", "as", "after", "before", "since", "during", "while", "when", "where", "than", "out", "into",
            "under", "over", "between", "including", "among", "against", "because", "about", "per", "each", "the", "a",
            "an", "this", "these", "those", "their", "its", "his", "her", "our", "not", "also", "would", "will", "could",
            "can", "may", "might", "must", "should", "said", "says");

    /** Words between a number and its noun that do not change what is counted ("five more individuals"). */
    static final Set<String> NOUN_FILLERS = words("more", "other", "additional", "further", "new", "such", "separate",
            "different", "alleged", "suspected", "so-called", "known", "reported", "documented", "registered",
            "recorded", "officially", "individual");

    /**
     * Verbs that, right after a counted noun ("25 were wounded", "18 prisoners were released"), say that the number
     * counts something else than a measure's cue nearby: unless the verb is itself one of the measure's cues.
     */
    static final Set<String> OTHER_OUTCOMES = words("injured", "wounded", "hurt", "hospitalised", "hospitalized",
            "released", "freed", "pardoned", "amnestied", "acquitted", "rehabilitated", "exonerated", "evacuated",
            "displaced", "rescued", "missing", "injuring", "wounding", "releasing", "freeing", "died", "killed", "fled",
            "escaped", "emigrated", "deported", "expelled", "suffered");

    /** Event nouns whose object a number after "of" is: "the rape of eight women", "the murders of 18,500 women". */
    static final Set<String> NOMINAL_EVENTS = words("murder", "murders", "rape", "rapes", "killing", "killings", "death",
            "deaths", "torture", "torturing", "abduction", "abductions", "disappearance", "disappearances", "beating",
            "beatings", "execution", "executions", "kidnapping", "kidnappings");

    /**
     * Nouns that own the number after their "of", besides {@link #NOMINAL_EVENTS}: "the release of 21 prisoners" counts
     * a release, "the spouses of seven men" counts spouses. As verbs they take a count of their own ("to release 23
     * journalists who are imprisoned").
     */
    static final Set<String> OF_OWNERS = words("release", "releases", "pardon", "pardons", "acquittal",
            "spouses", "wives", "husbands", "relatives", "families", "mothers", "parents");

    /**
     * Words in -ing before a number whose object it is not: prepositions ("including 44 children", "during 2 days"),
     * adjectives ("the remaining 22 activists") and verbs of saying, whose object is a clause ("reports suggesting
     * some 6,400 people have been arrested").
     */
    static final Set<String> ING_NOT_OBJECTS = words("including", "leaving", "during", "regarding", "concerning", "following",
            "according", "involving", "totalling", "totaling", "numbering", "reaching", "exceeding", "surpassing",
            "amounting", "excluding", "counting", "nearing", "approaching", "bringing", "making", "raising",
            "remaining", "existing", "outstanding", "pending", "ongoing", "growing", "increasing", "alarming",
            "staggering", "shocking", "whopping", "striking", "resulting", "corresponding", "missing", "leading",
            "suggesting", "showing", "indicating", "saying", "stating", "claiming", "noting", "reporting", "estimating",
            "alleging", "confirming", "putting", "citing", "revealing", "finding", "meaning", "bearing");

    /** Words before "to be" and a verb that say what will happen: "are expected to be released". */
    static final Set<String> PROSPECTIVE = words("expected", "due", "set", "likely", "going", "scheduled", "about");

    /** Auxiliaries between a counted noun and its verb ("have been", "were later"). */
    static final Set<String> AUXILIARIES = words("were", "was", "are", "is", "be", "been", "being", "have", "has", "had",
            "later", "also", "reportedly", "subsequently", "then", "all", "still", "since", "eventually");

    /**
     * Verbs of a report's own research: "interviewed 25 people", "spoke with 12 victims". What they count is the
     * publisher's method, never a figure of an indicator. See {@link ResearchCount}.
     */
    static final Set<String> RESEARCH_VERBS = words("interviewed", "interviewing", "interview", "interviews", "surveyed",
            "polled", "consulted");

    /** Research verbs that take a preposition before the number: "spoke with 12", "worked on 10 such cases". */
    static final Set<String> RESEARCH_VERBS_WITH = words("spoke", "spoken", "speaking", "talked", "met", "corresponded",
            "worked");

    /** Verbs that count the publisher's research only when the publisher is their subject ("we reviewed 40 cases"). */
    static final Set<String> REVIEW_VERBS = words("reviewed", "analysed", "analyzed", "examined", "studied", "reviewing",
            "analysing", "analyzing");

    /** Subjects that stand for the publisher itself. */
    static final Set<String> SELF_SUBJECTS = words("we", "our", "researchers", "report", "this", "authors");

    static boolean isRelativePronoun(String lower) {
        return lower.equals("who") || lower.equals("which") || lower.equals("that") || lower.equals("whom")
                || lower.equals("whose");
    }
}
