package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import yoy.model.Interval;
import yoy.model.Qualifier;

/**
 * Reads the numbers of a sentence: digits ("10,000", "1.5 million"), number words ("Sixteen",
 * "twenty-three", "two hundred and five", "two dozen"), vague quantities ("hundreds of", "a handful
 * of"), ranges ("between 3 and 5", "three or four", "10–12"), each with its qualifier ("at least").
 * Numbers that are not counts (years, dates, durations, money, percentages, article numbers,
 * ordinals, footnote marks, phone numbers, addresses, legal thresholds) come back rejected with the
 * reason, so that {@code explain} can show them.
 */
final class NumberReader {

    private static final Pattern DASH_RANGE = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d{1,6})[-–](\\d{1,3}(?:,\\d{3})+|\\d{1,6})");
    private static final Set<String> STREET_WORDS = Lexicon.words("avenue", "ave", "street", "st", "road", "rd", "boulevard",
            "blvd", "lane", "floor", "square", "prospekt", "prospect", "highway", "drive", "suite", "plaza", "way");
    private static final Set<String> THRESHOLD_WORDS = Lexicon.words("if", "must", "shall", "require", "required", "requires",
            "requiring", "requirement", "need", "needed", "needs", "minimum", "threshold", "unless", "provided");
    /** Capitalised only because they open the sentence: "Only 49 officers", "Another 20 people". */
    private static final Set<String> SENTENCE_OPENERS = Lexicon.words("only", "another", "all", "just", "the", "these", "those",
            "some", "of", "in", "on", "at", "by", "with", "from", "since", "after", "before", "during", "between", "for",
            "and", "but", "while", "including", "among", "nearly", "almost", "around", "about", "over", "under", "roughly",
            "least", "more", "fewer", "less", "up", "as", "a", "an", "further", "additional", "then");
    private static final Set<String> DURATION_ADJECTIVES = Lexicon.words("consecutive", "more", "additional", "full", "calendar",
            "working", "business", "further", "long", "extra", "straight");

    /** What a word next to a number may make of it: one lookup of {@link #FLAGS} instead of one per word list. */
    private static final int MONTH = 1;
    private static final int TIME_UNIT = 2;
    private static final int DURATION_ADJECTIVE = 4;
    private static final int CURRENCY = 8;
    private static final int UNIT_AFTER = 16;
    private static final int LABEL = 32;
    private static final int QUALIFIER_END = 64;

    /** Longest first, so that "no more than" is not read as "more than". */
    private static final List<QualifierWords> QUALIFIERS = longestFirst(
            q(Qualifier.AT_LEAST, "no fewer than"), q(Qualifier.AT_LEAST, "no less than"),
            q(Qualifier.AT_LEAST, "not less than"), q(Qualifier.AT_LEAST, "not fewer than"),
            q(Qualifier.AT_LEAST, "a minimum of"), q(Qualifier.AT_LEAST, "at a minimum"),
            q(Qualifier.AT_LEAST, "at least"), q(Qualifier.AT_LEAST, "minimum of"),
            q(Qualifier.MORE_THAN, "in excess of"), q(Qualifier.MORE_THAN, "upwards of"),
            q(Qualifier.MORE_THAN, "more than"), q(Qualifier.MORE_THAN, "just over"),
            q(Qualifier.MORE_THAN, "well over"), q(Qualifier.MORE_THAN, "over"), q(Qualifier.MORE_THAN, "above"),
            q(Qualifier.UP_TO, "as many as"), q(Qualifier.UP_TO, "as much as"), q(Qualifier.UP_TO, "up to"),
            q(Qualifier.AT_MOST, "no more than"), q(Qualifier.AT_MOST, "not more than"),
            q(Qualifier.AT_MOST, "a maximum of"), q(Qualifier.AT_MOST, "fewer than"),
            q(Qualifier.AT_MOST, "less than"), q(Qualifier.AT_MOST, "just under"), q(Qualifier.AT_MOST, "at most"),
            q(Qualifier.AT_MOST, "under"), q(Qualifier.AT_MOST, "below"),
            q(Qualifier.ABOUT, "an estimated"), q(Qualifier.ABOUT, "approximately"), q(Qualifier.ABOUT, "roughly"),
            q(Qualifier.ABOUT, "close to"), q(Qualifier.ABOUT, "estimated"), q(Qualifier.ABOUT, "estimated that"),
            q(Qualifier.ABOUT, "estimates that"), q(Qualifier.ABOUT, "estimate that"), q(Qualifier.ABOUT, "around"),
            q(Qualifier.ABOUT, "about"), q(Qualifier.ABOUT, "nearly"), q(Qualifier.ABOUT, "almost"),
            q(Qualifier.ABOUT, "some"), q(Qualifier.ABOUT, "approx"), q(Qualifier.ABOUT, "circa"),
            // Russian official statements and news
            q(Qualifier.MORE_THAN, "более"), q(Qualifier.MORE_THAN, "свыше"), q(Qualifier.AT_LEAST, "не менее"),
            q(Qualifier.AT_LEAST, "как минимум"), q(Qualifier.ABOUT, "около"), q(Qualifier.ABOUT, "порядка"),
            q(Qualifier.ABOUT, "почти"), q(Qualifier.ABOUT, "примерно"), q(Qualifier.AT_MOST, "менее"),
            q(Qualifier.UP_TO, "до"));

    private record QualifierWords(Qualifier qualifier, String[] words) {
    }

    /**
     * {@link #QUALIFIERS} by their last word, in the same order: every number is checked for a qualifier,
     * and the word before it rules out all but a few at once.
     */
    private static final java.util.Map<String, List<QualifierWords>> QUALIFIERS_BY_LAST_WORD = byLastWord();

    private static java.util.Map<String, List<QualifierWords>> byLastWord() {
        java.util.Map<String, List<QualifierWords>> out = new java.util.HashMap<>();
        for (QualifierWords qw : QUALIFIERS) {
            out.computeIfAbsent(qw.words[qw.words.length - 1], k -> new ArrayList<>()).add(qw);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(out);
    }

    private static final java.util.Map<String, Integer> FLAGS = flagTable();

    private static java.util.Map<String, Integer> flagTable() {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        Lexicon.MONTHS.keySet().forEach(w -> out.merge(w, MONTH, (a, b) -> a | b));
        Lexicon.TIME_UNITS.forEach(w -> out.merge(w, TIME_UNIT, (a, b) -> a | b));
        DURATION_ADJECTIVES.forEach(w -> out.merge(w, DURATION_ADJECTIVE, (a, b) -> a | b));
        Lexicon.CURRENCY_BEFORE.forEach(w -> out.merge(w, CURRENCY, (a, b) -> a | b));
        Lexicon.UNIT_AFTER.forEach(w -> out.merge(w, UNIT_AFTER, (a, b) -> a | b));
        Lexicon.LABEL_BEFORE.forEach(w -> out.merge(w, LABEL, (a, b) -> a | b));
        QUALIFIERS_BY_LAST_WORD.keySet().forEach(w -> out.merge(w, QUALIFIER_END, (a, b) -> a | b));
        return Lexicon.table(out);
    }

    /** The {@link #FLAGS} of a word, 0 for most words. */
    private static int flags(String w) {
        Integer f = FLAGS.get(w);
        return f == null ? 0 : f;
    }

    /** The words of every qualifier ("no", "more", "than"), longest first. */
    static List<List<String>> qualifierPhrases() {
        return QUALIFIERS.stream().map(q -> List.of(q.words)).toList();
    }

    private static List<QualifierWords> longestFirst(QualifierWords... all) {
        List<QualifierWords> list = new ArrayList<>(List.of(all));
        list.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        return List.copyOf(list);
    }

    private static QualifierWords q(Qualifier qualifier, String words) {
        return new QualifierWords(qualifier, words.split(" "));
    }

    /** A number as read, before its context is judged. {@code end} is exclusive. */
    private record Raw(double low, double high, boolean vague, boolean digits, int first, int end, int nounFrom,
            String raw, String rejection) {
        boolean isRange() {
            return low != high && !vague;
        }
    }

    /**
     * No count of people or events exceeds the world's population (about 8 billion), so a larger number is a typo,
     * an identifier or an amount, never a figure; refusing it also keeps absurd values out of series and charts.
     */
    static final double MAX_COUNT = 10_000_000_000d;

    private static final String BEYOND_POPULATION = "larger than any population (over " + (long) MAX_COUNT + ")";

    private NumberReader() {
    }

    static List<Quantity> read(List<Token> tokens) {
        return read(tokens, true);
    }

    /**
     * What {@link #read} finds when a number is sought at every token: its shortcut must not change that (a test
     * holds it to it).
     */
    static List<Quantity> readTryingEverything(List<Token> tokens) {
        return read(tokens, false);
    }

    private static List<Quantity> read(List<Token> tokens, boolean shortcut) {
        List<Quantity> out = new ArrayList<>();
        boolean[] day = null;
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (shortcut && !mayStart(tokens.get(i))) {
                i++;
                continue;
            }
            Raw raw = rangeOrNumber(tokens, i);
            if (raw == null) {
                i++;
                continue;
            }
            if (day == null) {
                day = new boolean[n];
            }
            out.add(judge(tokens, raw, day));
            i = raw.end;
        }
        return distributeQualifiers(tokens, out);
    }

    /**
     * False when no number, range or vague quantity can start at the token, so {@link #rangeOrNumber} would
     * find none. This runs on every token of every sentence read, nearly all of which start nothing, so a word
     * token is decided by its {@link WordTags}, worked out once per word by {@link #mayStartWord}.
     */
    private static boolean mayStart(Token tok) {
        Token.Kind kind = tok.kind();
        if (kind == Token.Kind.NUMBER) {
            return true;
        }
        return kind == Token.Kind.WORD && (tok.tags() & WordTags.MAY_START_NUMBER) != 0;
    }

    /**
     * {@link #mayStart} of a word token with this lower case: a word starts something only when it is in
     * {@link #STARTS} or is a glued range of digits ("3-4"); a word led by a letter and not in the set may hold a
     * dash ("forty-year-old") but is never read as a number.
     */
    static boolean mayStartWord(String w) {
        if (STARTS.contains(w)) {
            return true;
        }
        // Led by a digit, it may be a glued range; led by anything else, it is a word that no number starts
        // with, as the number words led by a letter, dashed or not, are all in the set.
        char c = w.charAt(0);
        return (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) && w.indexOf('-') > 0;
    }

    private static Raw rangeOrNumber(List<Token> t, int i) {
        if (is(t, i, "between")) {
            Raw a = number(t, i + 1);
            if (a != null && !a.vague && is(t, a.end, "and")) {
                Raw b = number(t, a.end + 1);
                if (b != null && !b.vague && b.low > a.high) {
                    return new Raw(a.low, b.high, false, a.digits, i + 1, b.end, b.nounFrom, a.raw + "–" + b.raw, null);
                }
            }
        }
        Raw a = number(t, i);
        if (a == null || a.vague || a.isRange()) {
            return a;
        }
        int k = a.end;
        boolean dash = k < t.size() && (is(t, k, "–") || is(t, k, "-") || (is(t, k, "to") && !isChangeFrom(t, i))
                || (is(t, k, "or") && !a.digits));
        if (dash) {
            Raw b = number(t, k + 1);
            if (b != null && !b.vague && !b.isRange() && b.low > a.low && b.digits == a.digits
                    && !looksLikeYear(a) && !looksLikeYear(b)) {
                return new Raw(a.low, b.high, false, a.digits, i, b.end, b.nounFrom, a.raw + "–" + b.raw, null);
            }
        }
        return a;
    }

    /**
     * "rose from 169 to 969", "has increased from 12 to 40": a change, two counts at two times, not a range of one.
     */
    static boolean isChangeFrom(List<Token> t, int i) {
        return is(t, i - 1, "from") && CHANGE_VERBS.contains(lower(t, i - 2));
    }

    /** Verbs of a change between two counts. */
    static final java.util.Set<String> CHANGE_VERBS = Lexicon.words("rose", "risen", "grew", "grown", "increased",
            "jumped", "climbed", "fell", "fallen", "dropped", "decreased", "declined", "went", "sank", "soared",
            "plummeted", "doubled", "tripled", "up", "down", "rise", "increase", "decrease", "drop", "fall", "decline");

    /** A single number (or a vague quantity, or a glued "3-4" range) starting at {@code i}, or null. */
    private static Raw number(List<Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        Token tok = t.get(i);
        if (tok.isNumber()) {
            return digits(t, i);
        }
        if (!tok.isWord()) {
            return null;
        }
        String w = tok.lower();
        if (!mayStartNumber(w)) {
            return null;
        }
        var dash = Character.isDigit(w.charAt(0)) ? DASH_RANGE.matcher(w) : null;
        if (dash != null && dash.matches()) {
            double lo = Double.parseDouble(dash.group(1).replace(",", ""));
            double hi = Double.parseDouble(dash.group(2).replace(",", ""));
            boolean plausible = lo < hi && hi <= Math.max(20 * lo, 20) && !(lo >= 1800 && hi <= 2100);
            return new Raw(lo, hi, false, true, i, i + 1, i + 1, tok.text(),
                    plausible ? null : "an identifier or a span of years, not a count");
        }
        if (w.equals("a") || w.equals("an")) {
            return article(t, i);
        }
        double[] vague = Lexicon.VAGUE.get(w);
        if (vague != null && !w.equals("handful") && !w.equals("few") && !w.equals("couple")
                && !(w.equals("tens") && is(t, i + 2, "thousands"))) {
            return vagueWord(t, i, w, vague);
        }
        return words(t, i);
    }

    private static Raw digits(List<Token> t, int i) {
        String raw = t.get(i).text();
        if (is(t, i + 1, ",") && i + 3 < t.size() && t.get(i + 2).isNumber() && t.get(i + 2).text().length() <= 2
                && t.get(i + 1).glued() && t.get(i + 2).glued() && Lexicon.SHORT_SCALES.containsKey(lower(t, i + 3))) {
            // "1,6 тыс." read as three tokens
            double v = Double.parseDouble(raw + "." + t.get(i + 2).text()) * Lexicon.SHORT_SCALES.get(lower(t, i + 3));
            int end = i + 4 + (is(t, i + 4, ".") ? 1 : 0);
            return new Raw(v, v, false, true, i, end, end, raw + "," + t.get(i + 2).text() + " " + t.get(i + 3).text(), null);
        }
        Long shortScale = Lexicon.SHORT_SCALES.get(lower(t, i + 1));
        if (shortScale != null && raw.matches("[0-9]+[,.][0-9]{1,2}")) {
            // "1,6 тыс.", "2.5 млн": a decimal comma or point before an abbreviated thousand or million.
            double v = Double.parseDouble(raw.replace(',', '.')) * shortScale;
            int end = i + 2 + (is(t, i + 2, ".") ? 1 : 0);
            return new Raw(v, v, false, true, i, end, end, raw + " " + t.get(i + 1).text(), null);
        }
        if (isDotGrouped(raw) && (raw.indexOf('.') != raw.lastIndexOf('.')
                || (i + 1 < t.size() && t.get(i + 1).isWord() && !Lexicon.SCALES.containsKey(lower(t, i + 1))
                        && !lower(t, i + 1).equals("percent") && !lower(t, i + 1).equals("per")))) {
            // "155.014 investigations", "1.234.567": a dot between groups of three digits, as much of Europe and Turkey
            // print thousands; a count has no thousandths.
            double v = value(raw.replace(".", ""));
            return new Raw(v, v, false, true, i, i + 1, i + 1, raw, null);
        }
        if (!isPlainOrGrouped(raw)) {
            return new Raw(0, 0, false, true, i, i + 1, i + 1, raw, "an identifier or phone number, not a count");
        }
        double v = value(raw);
        int end = i + 1;
        if (raw.length() <= 3 && isDigitRun(raw)) {
            // "some 9 900 people": groups of three digits set apart by a space, as many countries print thousands.
            while (end < t.size() && t.get(end).text().length() == 3 && isDigitRun(t.get(end).text())
                    && t.get(end).start() == t.get(end - 1).end() + 1) {
                v = v * 1000 + value(t.get(end).text());
                raw = raw + " " + t.get(end).text();
                end++;
            }
        }
        if (end < t.size()) {
            Long scale = Lexicon.SCALES.get(t.get(end).lower());
            if (scale != null && scale >= 1000) {
                v *= scale;
                end++;
            } else if (Lexicon.SHORT_SCALES.containsKey(t.get(end).lower())) {
                v *= Lexicon.SHORT_SCALES.get(t.get(end).lower());
                end += is(t, end + 1, ".") ? 2 : 1;
            }
        }
        return new Raw(v, v, false, true, i, end, end, raw, null);
    }

    /** "arts. 2, 10, 11 and 16": a number in a list whose first item follows a label word. */
    /** "today in Belarus 169 political prisoners": a place before the number, not a name ending in it. */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = Lexicon.words("in", "across", "throughout");
    /** "authorities said Monday 14 civilians were killed": a weekday before a number is no name. */
    private static final java.util.Set<String> WEEKDAYS = Lexicon.words("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    private static boolean isListAfterLabel(List<Token> t, int first) {
        int k = first - 1;
        boolean list = false;
        while (k >= 1 && (is(t, k, ",") || is(t, k, "and") || is(t, k, "or")) && t.get(k - 1).isNumber()) {
            k -= 2;
            list = true;
        }
        if (!list || k < 0) {
            return false;
        }
        String w = lower(t, k).equals(".") ? lower(t, k - 1) : lower(t, k);
        return Lexicon.LABEL_BEFORE.contains(w);
    }

    private static boolean isDigitRun(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * The value of a plain or grouped number. Whole numbers of ASCII digits, nearly all of them, are summed
     * digit by digit: below 2^53 that is exactly what {@link Double#parseDouble} gives, without its cost.
     */
    private static double value(String raw) {
        long v = 0;
        int n = raw.length();
        if (n <= 15) {
            for (int k = 0; k < n; k++) {
                char c = raw.charAt(k);
                if (c >= '0' && c <= '9') {
                    v = v * 10 + (c - '0');
                } else if (c != ',') {
                    return Double.parseDouble(asciiDigits(raw));
                }
            }
            return v;
        }
        return Double.parseDouble(asciiDigits(raw));
    }

    /**
     * The number without its group commas, in ASCII digits: the tokenizer takes any script's digits ("١٩٩٩"),
     * and {@link Double#parseDouble} reads ASCII only.
     */
    private static String asciiDigits(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c != ',') {
                sb.append(c < 128 ? c : Character.forDigit(Character.digit(c, 10), 10));
            }
        }
        return sb.toString();
    }

    /** "155.014", "1.234.567": one to three digits, then groups of three, each after a dot. */
    private static boolean isDotGrouped(String raw) {
        int n = raw.length();
        int dot = raw.indexOf('.');
        if (dot < 1 || dot > 3) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = raw.charAt(k);
            boolean groupEnd = (k - dot) % 4 == 0 && k >= dot;
            if (groupEnd ? c != '.' : !Character.isDigit(c)) {
                return false;
            }
        }
        return (n - dot) % 4 == 0;
    }

    /** "12", "1.5", "10,000" or "1,234.5", without a regular expression: this runs on every number. */
    static boolean isPlainOrGrouped(String raw) {
        int dot = raw.indexOf('.');
        if (dot >= 0 && (raw.indexOf('.', dot + 1) >= 0 || dot == raw.length() - 1)) {
            return false;
        }
        int intEnd = dot < 0 ? raw.length() : dot;
        for (int k = intEnd + 1; k < raw.length(); k++) {
            if (!Character.isDigit(raw.charAt(k))) {
                return false;
            }
        }
        if (raw.indexOf(',') < 0) {
            for (int k = 0; k < intEnd; k++) {
                if (!Character.isDigit(raw.charAt(k))) {
                    return false;
                }
            }
            return intEnd > 0;
        }
        int group = 0;
        boolean first = true;
        for (int k = 0; k < intEnd; k++) {
            char c = raw.charAt(k);
            if (c == ',') {
                if ((first && (group < 1 || group > 3)) || (!first && group != 3)) {
                    return false;
                }
                first = false;
                group = 0;
            } else if (Character.isDigit(c)) {
                group++;
            } else {
                return false;
            }
        }
        return group == 3;
    }

    /** "a dozen", "a hundred", "a handful of", "a few", "a couple of". */
    private static Raw article(List<Token> t, int i) {
        String next = lower(t, i + 1);
        switch (next) {
            case "dozen":
                if (is(t, i - 1, "half")) {
                    // "over half a dozen": six
                    return new Raw(6, 6, false, false, i - 1, i + 2, skipOf(t, i + 2), "half a dozen", null);
                }
                return new Raw(12, 12, false, false, i, i + 2, skipOf(t, i + 2), "a dozen", null);
            case "hundred":
            case "thousand":
                double v = Lexicon.SCALES.get(next);
                int rest = i + 2 + (is(t, i + 2, "and") ? 1 : 0);
                Raw more = rest < t.size() && numberWord(lower(t, rest)) >= 0 ? words(t, rest) : null;
                if (more != null && more.rejection() == null && !more.vague() && more.low() == more.high() && more.low() < v) {
                    // "A hundred and fourteen women": one number, not "a hundred" and then "fourteen".
                    return new Raw(v + more.low(), v + more.low(), false, false, i, more.end(), skipOf(t, more.end()),
                            "a " + next + " " + String.join(" ", texts(t, i + 2, more.end())), null);
                }
                return new Raw(v, v, false, false, i, i + 2, skipOf(t, i + 2), "a " + next, null);
            case "handful":
            case "few":
            case "couple":
                double[] b = Lexicon.VAGUE.get(next);
                return new Raw(b[0], b[1], true, false, i, i + 2, skipOf(t, i + 2), "a " + next, null);
            default:
                return null;
        }
    }

    /** "hundreds of", "tens of thousands of", "hundreds of thousands of", "several". */
    private static Raw vagueWord(List<Token> t, int i, String w, double[] bounds) {
        if (w.equals("several")) {
            if (is(t, i + 1, "of")) {
                return null;
            }
            Long scale = Lexicon.SCALES.get(lower(t, i + 1));
            int times = scale != null ? 0 : is(t, i + 1, "dozen") ? 12 : 1;
            if (scale != null || times == 12) {
                // "several hundred", "several thousand", "several dozen": three to nine of them.
                double unit = scale != null ? scale : 12;
                return new Raw(bounds[0] * unit, bounds[1] * unit, true, false, i, i + 2, skipOf(t, i + 2),
                        w + " " + lower(t, i + 1), null);
            }
            return new Raw(bounds[0], bounds[1], true, false, i, i + 1, i + 1, w, null);
        }
        if (is(t, i + 1, "of") && (is(t, i + 2, "thousands") || is(t, i + 2, "millions"))) {
            double[] inner = Lexicon.VAGUE.get(lower(t, i + 2));
            double factor = w.equals("hundreds") ? 100 : w.equals("dozens") ? 12 : w.equals("scores") ? 20 : 1;
            return new Raw(inner[0] * factor, Math.min(inner[1] * factor, inner[1] * 1000), true, false, i, i + 3,
                    skipOf(t, i + 3), w + " of " + lower(t, i + 2), null);
        }
        return new Raw(bounds[0], bounds[1], true, false, i, i + 1, skipOf(t, i + 1), w, null);
    }

    /** Number words: "Sixteen", "twenty-three", "two hundred and five", "two dozen", "1.5"-free forms. */
    private static Raw words(List<Token> t, int i) {
        long total = 0;
        long current = 0;
        boolean any = false;
        boolean lastWasScale = false;
        int k = i;
        while (k < t.size() && t.get(k).isWord()) {
            String w = t.get(k).lower();
            if (w.equals("tens") && is(t, k + 1, "of") && is(t, k + 2, "thousands")) {
                if (any) {
                    break;
                }
                return new Raw(20_000, 99_999, true, false, i, k + 3, skipOf(t, k + 3), "tens of thousands", null);
            }
            if (w.equals("and") && lastWasScale && k + 1 < t.size() && numberWord(t.get(k + 1).lower()) >= 0) {
                k++;
                continue;
            }
            long unit = numberWord(w);
            if (unit >= 0) {
                current += unit;
                any = true;
                lastWasScale = false;
            } else if (w.equals("dozen") && any) {
                current *= 12;
                lastWasScale = false;
            } else if (w.equals("hundred") && any) {
                current = Math.max(current, 1) * 100;
                lastWasScale = true;
            } else if ((w.equals("thousand") || w.equals("million") || w.equals("billion")) && any) {
                total += Math.max(current, 1) * Lexicon.SCALES.get(w);
                current = 0;
                lastWasScale = true;
            } else {
                break;
            }
            k++;
        }
        if (!any) {
            return null;
        }
        long v = total + current;
        if (k == i + 1) {
            return new Raw(v, v, false, false, i, k, k, t.get(i).text(), null); // one word, most often
        }
        StringBuilder raw = new StringBuilder();
        for (int j = i; j < k; j++) {
            raw.append(j > i ? " " : "").append(t.get(j).text());
        }
        return new Raw(v, v, false, false, i, k, k, raw.toString(), null);
    }

    private static List<String> texts(List<Token> t, int from, int to) {
        List<String> out = new java.util.ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(t.get(k).text());
        }
        return out;
    }

    private static final java.util.Set<String> WORD_STARTS = wordStarts();

    private static java.util.Set<String> wordStarts() {
        java.util.Set<String> s = new java.util.HashSet<>(Lexicon.UNITS.keySet());
        s.addAll(Lexicon.TENS.keySet());
        s.addAll(Lexicon.VAGUE.keySet());
        s.addAll(List.of("a", "an", "tens"));
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(s));
    }

    /**
     * Every word at which {@link #rangeOrNumber} may find something: {@link #WORD_STARTS}, the compounds
     * "twenty-one" to "ninety-nine" (the only dashed words led by a letter that {@link #numberWord} reads) and
     * "between", which opens a range.
     */
    private static final java.util.Set<String> STARTS = starts();

    private static java.util.Set<String> starts() {
        java.util.Set<String> s = new java.util.HashSet<>(WORD_STARTS);
        for (String tens : Lexicon.TENS.keySet()) {
            Lexicon.UNITS.forEach((unit, value) -> {
                if (value > 0 && value < 10) {
                    s.add(tens + "-" + unit);
                }
            });
        }
        s.add("between");
        return java.util.Collections.unmodifiableSet(s);
    }

    /** One set lookup rules out nearly every word, before the costlier checks. */
    private static boolean mayStartNumber(String w) {
        if (WORD_STARTS.contains(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && (Character.isDigit(w.charAt(0)) || Lexicon.TENS.containsKey(w.substring(0, dash)));
    }

    /** The value of a number word ("seven", "twenty-three"), or -1. */
    static long numberWord(String w) {
        Integer u = Lexicon.UNITS.get(w);
        if (u != null) {
            return u;
        }
        Integer tens = Lexicon.TENS.get(w);
        if (tens != null) {
            return tens;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer a = Lexicon.TENS.get(w.substring(0, dash));
            Integer b = Lexicon.UNITS.get(w.substring(dash + 1));
            if (a != null && b != null && b > 0 && b < 10) {
                return a + b;
            }
        }
        return -1;
    }

    private static Quantity judge(List<Token> t, Raw raw, boolean[] day) {
        if (raw.rejection != null) {
            return new Quantity(raw.first, raw.end - 1, raw.first, raw.nounFrom, null, false, raw.rejection);
        }
        int qualifierFirst = raw.first;
        Qualifier qualifier = raw.vague ? Qualifier.VAGUE : raw.isRange() ? Qualifier.RANGE : Qualifier.EXACT;
        boolean own = false;
        String prev = lower(t, raw.first - 1);
        String next = lower(t, raw.end);
        int before = flags(prev);
        int after = flags(next);
        if (!raw.vague && !raw.isRange()) {
            List<QualifierWords> candidates = (before & QUALIFIER_END) == 0 ? List.of() : QUALIFIERS_BY_LAST_WORD.get(prev);
            for (QualifierWords qw : candidates) {
                if (endsBefore(t, raw.first, qw.words)) {
                    qualifier = qw.qualifier;
                    qualifierFirst = raw.first - qw.words.length;
                    own = true;
                    break;
                }
            }
        } else if (raw.isRange() && is(t, raw.first - 1, "between")) {
            qualifierFirst = raw.first - 1;
        }
        if (!Double.isFinite(raw.low) || !Double.isFinite(raw.high)) {
            // Over 300 digits: no interval can hold it, and it is no count (see rejection()).
            return new Quantity(raw.first, raw.end - 1, qualifierFirst, raw.nounFrom, null, own, BEYOND_POPULATION);
        }
        Interval interval = switch (qualifier) {
            case VAGUE -> Interval.vague(raw.low, raw.high);
            case RANGE -> Interval.range(raw.low, raw.high);
            default -> interval(qualifier, raw.low);
        };
        String rejection = rejection(t, raw, qualifier, own, qualifierFirst, day, prev, next, before, after);
        return new Quantity(raw.first, raw.end - 1, qualifierFirst, raw.nounFrom, interval, own, rejection);
    }

    /**
     * Why the number is not a count, or null. {@code prev} and {@code next} are the words around it, and
     * {@code before}/{@code after} their {@link #flags}: each word is looked up once, not once per check.
     */
    private static String rejection(List<Token> t, Raw raw, Qualifier qualifier, boolean own, int qualifierFirst,
            boolean[] day, String prev, String next, int before, int after) {
        int first = raw.first;
        int end = raw.end;
        Token tok = t.get(first);
        if (tok.glued() && first > 0) {
            Token p = t.get(first - 1);
            if ((before & CURRENCY) != 0) {
                return "an amount of money";
            }
            if (p.isWord() || p.is(".") || p.is("”") || p.is("\"") || p.is(")") || p.is(",")) {
                return "a footnote mark or part of a name";
            }
            if (p.is("[") && first > 1 && t.get(first - 2).isWord() && p.glued() && is(t, end, "]")) {
                return "a footnote mark or part of a name"; // "on a political case[7]"
            }
        }
        if (Math.max(raw.low, raw.high) > MAX_COUNT) {
            return BEYOND_POPULATION;
        }
        if (raw.digits && looksLikeYear(raw) && !(own && isPlainWord(t, end))) {
            return "a year";
        }
        if (isDay(t, raw, day, before, after)) {
            day[first] = true;
            return "a day of the month (a date)";
        }
        if ((is(t, end, ":") && end + 1 < t.size() && t.get(end + 1).isNumber() && t.get(end).glued())
                || (is(t, first - 1, ":") && tok.glued() && first >= 2 && t.get(first - 2).isNumber())) {
            return "a time of day";
        }
        if (next.equals("am") || next.equals("pm") || next.equals("a.m") || next.equals("p.m")
                || ((next.equals("a") || next.equals("p")) && is(t, end + 1, ".") && is(t, end + 2, "m"))) {
            return "a time of day";
        }
        if (!own && isListAfterLabel(t, first)) {
            return "a label (article, law, rank or similar number)";
        }
        if (isDuration(t, end, next, after)) {
            return "a duration";
        }
        if (isAge(t, first)) {
            return "an age";
        }
        if (prev.equals("of") && qualifierFirst == first && POPULATED.contains(lower(t, first - 2))) {
            return "a population (\"" + t.get(first - 2).text() + " of " + raw.raw + "\"), not a count"; // "a nation of 34 million"
        }
        if (PLACES.contains(next)) {
            return "a count of places (\"" + raw.raw + " " + next + "\"), not of what happened there"; // "in 39 cities"
        }
        if (CONTAINERS.contains(next) && is(t, end + 1, "of")) {
            return "a count of " + next + ", not of what they hold"; // "two lists of political prisoners", "four busloads of"
        }
        if (prev.equals("even") || (prev.equals("single") && (is(t, first - 2, "a") || is(t, first - 2, "not")))) {
            return "a supposition (\"even one\"), not a count";
        }
        if (PERCENT.contains(next) || (next.equals("per") && is(t, end + 1, "cent"))) {
            return "a percentage";
        }
        if (is(t, qualifierFirst - 1, "by") && CHANGED_BY.contains(lower(t, qualifierFirst - 2))) {
            return "a difference between two counts (\"" + t.get(qualifierFirst - 2).text() + " by " + raw.raw + "\")";
        }
        if (is(t, qualifierFirst - 1, "of") && is(t, qualifierFirst - 2, "factor")) {
            return "a multiplier (\"a factor of " + raw.raw + "\"), not a count";
        }
        if (next.equals("fewer") && qualifierFirst == first) {
            return "a difference between two counts (\"" + raw.raw + " fewer\")"; // "contained twelve fewer names"
        }
        if ((next.equals("more") || next.equals("fewer") || next.equals("less")) && is(t, end + 1, "than")) {
            return "a difference between two counts (\"" + raw.raw + " " + next + " than\")";
        }
        if (next.equals(",") && end + 2 < t.size() && t.get(end + 1).isNumber() && t.get(end + 1).glued()
                && t.get(end).glued() && PERCENT.contains(lower(t, end + 2))) {
            return "a percentage"; // "14,2%": a decimal comma
        }
        if (prev.equals("of") && qualifierFirst == first && FAMILY.contains(lower(t, first - 2))) {
            return "the size of a family (\"" + t.get(first - 2).text() + " of " + raw.raw + "\"), not a count";
        }
        if ((prev.equals("her") || prev.equals("his") || prev.equals("their")) && qualifierFirst == first
                && OFFSPRING.contains(next)) {
            return "the size of a family (\"" + prev + " " + raw.raw + " " + next + "\"), not a count";
        }
        if (is(t, first - 1, "(") && is(t, end, ")") && first >= 2 && t.get(first - 2).isWord()
                && t.get(first - 2).isCapitalized() && raw.digits && raw.low == raw.high && raw.low <= 120) {
            return "an age or a label after a name (\"" + t.get(first - 2).text() + " (" + raw.raw + ")\")";
        }
        if ((before & CURRENCY) != 0 || (after & UNIT_AFTER) != 0) {
            return "an amount of money or a measurement, not a count";
        }
        boolean mark = prev.equals(".") || prev.equals("№");
        boolean label = mark ? Lexicon.LABEL_BEFORE.contains(lower(t, first - 2)) : (before & LABEL) != 0;
        if (qualifierFirst == first && (label || prev.equals("№") || prev.equals("#"))) {
            return "a label (article, law, rank or similar number)";
        }
        if (is(t, first - 1, "(") && tok.glued() && is(t, end, ")") && t.get(end).glued() && first >= 2
                && t.get(first - 1).glued()) {
            return "a label (article, law, rank or similar number)";
        }
        if (is(t, end, "(") && t.get(end).glued()) {
            return "a label (article, law, rank or similar number)";
        }
        if (raw.digits && qualifierFirst == first && first >= 1 && t.get(first - 1).isWord()
                && t.get(first - 1).isCapitalized() && !((before & MONTH) != 0 && isMonth(t, first - 1))
                && !PLACE_PREPOSITIONS.contains(lower(t, first - 2)) && !WEEKDAYS.contains(lower(t, first - 1))
                && !(first == 1 && SENTENCE_OPENERS.contains(t.get(0).lower()))
                && !(isFirstWord(t, first - 1) && Character.UnicodeScript.of(t.get(first - 1).text().codePointAt(0))
                        == Character.UnicodeScript.CYRILLIC)) {
            return "part of a name (\"" + t.get(first - 1).text() + " " + raw.raw + "\")";
        }
        if (isAddress(t, end)) {
            return "part of an address";
        }
        if (isRatioTotal(t, first) && !isQualifiedTotal(t, end) && !opensWithTotal(t, first, end)) {
            return "the total of a ratio";
        }
        if (first == 0 && (is(t, end, ".") || is(t, end, ")")) && end + 1 < t.size()) {
            return "a list marker";
        }
        if (first == 0 && t.size() <= 2) {
            return "a list marker";
        }
        if (raw.raw.equalsIgnoreCase("one") && isPronounOne(prev, next)) {
            return "'one' used as a pronoun";
        }
        if (own && (qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.AT_MOST || qualifier == Qualifier.MORE_THAN)
                && isThreshold(t, qualifierFirst, end)) {
            return "a legal threshold, not a count of events";
        }
        return null;
    }

    /** A percent sign or word: "14%", "14 percent", "10,7 процента". */
    private static final Set<String> PERCENT = Lexicon.words("%", "percent", "процент", "процента", "процентов");

    /**
     * Words before "by" that make the number a change, not a count: "up by four crimes", "increased by 30", "reduced by
     * 12": the verbs of a change and a few more.
     */
    private static final Set<String> CHANGED_BY = changedBy();

    private static Set<String> changedBy() {
        Set<String> out = new java.util.HashSet<>(CHANGE_VERBS);
        out.addAll(Lexicon.words("reduced", "growth", "higher", "lower"));
        return java.util.Collections.unmodifiableSet(out);
    }

    /** "the Central Asian nation of 34 million", "a city of 2 million": a population. */
    private static final Set<String> POPULATED = Lexicon.words("nation", "country", "city", "town", "region", "state",
            "republic", "population");

    /** Places: "detained 1,195 people in 39 cities" counts cities, which no indicator counts. */
    private static final Set<String> PLACES = Lexicon.words("cities", "towns", "regions", "provinces", "districts",
            "countries", "villages", "oblasts", "municipalities", "settlements", "localities", "city", "town", "region",
            "province", "district", "country", "village", "oblast", "городах", "городов", "регионах", "регионов",
            "областях", "областей");

    /** Nouns that hold what follows their "of": "two lists of political prisoners" counts lists. */
    private static final java.util.Set<String> CONTAINERS = Lexicon.words("lists", "list", "busloads", "busload",
            "buses", "vans", "trucks", "groups", "batches", "categories", "waves", "rounds", "types", "kinds");

    /** "aged 19", "between the ages of 18 and 26", "age 14 to 17": a number that tells an age. */
    private static boolean isAge(List<Token> t, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            String w = t.get(k).lower();
            if (w.equals("aged") || w.equals("ages") || w.equals("age")) {
                return true;
            }
            if (!(w.equals("of") || w.equals("and") || w.equals("to") || w.equals("between") || w.equals("-")
                    || w.equals("–") || t.get(k).isNumber())) {
                return false;
            }
        }
        return false;
    }

    /** "between 2020 (1,381) and …": the year before the bracket that opens at {@code first} - 1, or -1. */
    static int yearBeforeBracket(List<Token> t, int first) {
        return first >= 2 && is(t, first - 1, "(") && isYearToken(t.get(first - 2))
                ? Integer.parseInt(t.get(first - 2).text()) : -1;
    }

    /** "41 out of 60", "16 of the 28": the number at {@code first} is the total of a ratio. */
    static boolean isRatioTotal(List<Token> t, int first) {
        int of = is(t, first - 1, "the") ? first - 2 : first - 1;
        return (is(t, first - 1, "of") && is(t, first - 2, "out"))
                || (is(t, first - 1, "the") && (is(t, first - 2, "of") || is(t, first - 2, "from")) && first >= 3
                        && isNumberLike(t.get(first - 3)))
                || (is(t, of, "of") && percentAsideEndingAt(t, of));
    }

    /**
     * True when a part's share ends at {@code end}: "141 or 38.8% | of the 363 murders", "141 (38.8%) | of 363". The
     * number after "of" is then the total of a ratio, and the share is no count.
     */
    private static boolean percentAsideEndingAt(List<Token> t, int end) {
        int k = end - 1;
        boolean bracket = is(t, k, ")");
        if (bracket) {
            k--;
        }
        if (!PERCENT.contains(lower(t, k)) || k < 3 || !t.get(k - 1).isNumber()) {
            return false;
        }
        return bracket ? is(t, k - 2, "(") && isNumberLike(t.get(k - 3)) : is(t, k - 2, "or") && isNumberLike(t.get(k - 3));
    }

    /** Index after a share that follows a part, "141 | or 38.8% | of", "43 | (37%) | were", at {@code i}; or -1. */
    static int percentAsideAfter(List<Token> t, int i) {
        boolean bracket = is(t, i, "(");
        if (!(bracket || is(t, i, "or")) || i + 2 >= t.size() || !t.get(i + 1).isNumber()
                || !PERCENT.contains(lower(t, i + 2))) {
            return -1;
        }
        if (bracket && !is(t, i + 3, ")")) {
            return -1;
        }
        return bracket ? i + 4 : i + 3;
    }

    /**
     * "16 of the 28 individuals detained ...", "(262 out of 442)": the total is a count of its own when a participle
     * qualifies its noun or the ratio stands alone in brackets. In "41 out of 60 applications were refused" the
     * verb is the part's, and the total counts only what was asked.
     */
    private static boolean isQualifiedTotal(List<Token> t, int end) {
        if (is(t, end, ")")) {
            return true;
        }
        int k = end;
        while (k < t.size() && k - end < 4 && t.get(k).isWord() && !Lexicon.NOUN_PHRASE_STOPS.contains(t.get(k).lower())
                && !t.get(k).lower().endsWith("ed")) {
            k++;
        }
        return k > end && k < t.size() && t.get(k).isWord() && t.get(k).lower().endsWith("ed") && !t.get(k).isCapitalized();
    }

    /** True when token {@code k} is the sentence's first word, after opening quotes or brackets at most. */
    private static boolean isFirstWord(List<Token> t, int k) {
        for (int i = 0; i < k; i++) {
            if (!t.get(i).isPunct()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Out of 120 refusals, 41 concerned pickets": a total that opens the sentence with its own noun, then a comma, is a
     * figure too, counted by what its noun says (the rules read no cue after it).
     */
    private static boolean opensWithTotal(List<Token> t, int first, int end) {
        if (!(is(t, first - 1, "of") && is(t, first - 2, "out") && isFirstWord(t, first - 2))) {
            return false;
        }
        int k = end;
        while (k < t.size() && k - end < 4 && t.get(k).isWord() && !Lexicon.NOUN_PHRASE_STOPS.contains(t.get(k).lower())) {
            k++;
        }
        return k > end && (is(t, k, ",") || is(t, k, "—") || is(t, k, "–"));
    }

    /** "mother of four": the size of a family describes a person; it counts nothing that happened. */
    private static final java.util.Set<String> FAMILY = Lexicon.words("mother", "father", "parent", "mothers", "fathers",
            "parents", "grandmother", "grandfather", "grandparents");
    /** "in front of her two children": a family's children, not a count. */
    private static final java.util.Set<String> OFFSPRING = Lexicon.words("children", "sons", "daughters", "kids",
            "grandchildren", "brothers", "sisters");

    private static boolean isDay(List<Token> t, Raw raw, boolean[] day, int before, int after) {
        if (raw.isRange() && raw.high <= 31 && (((after & MONTH) != 0 && isMonth(t, raw.end))
                || ((before & MONTH) != 0 && isMonth(t, raw.first - 1)))) {
            return true; // "18-19 December", "On December 18-19"
        }
        if (!(raw.low == raw.high) || raw.low > 31 || raw.low < 1 || raw.low != Math.rint(raw.low) || raw.vague) {
            return false;
        }
        int first = raw.first;
        int end = raw.end;
        if (((before & MONTH) != 0 && isMonth(t, first - 1)) || ((after & MONTH) != 0 && isMonth(t, end))
                || (is(t, end, "of") && isMonth(t, end + 1))) {
            return true;
        }
        if (is(t, end, ",") && end + 1 < t.size() && isYearToken(t.get(end + 1))) {
            return true;
        }
        if ((is(t, first - 1, "and") || is(t, first - 1, ",") || is(t, first - 1, "–") || is(t, first - 1, "-")
                || is(t, first - 1, "to")) && first >= 2 && day[first - 2]) {
            return true;
        }
        return false;
    }

    private static boolean isNumberLike(Token tok) {
        return tok.isNumber() || numberWord(tok.lower()) >= 0;
    }

    static boolean isMonth(List<Token> t, int i) {
        if (i < 0 || i >= t.size() || !t.get(i).isWord()) {
            return false;
        }
        Token tok = t.get(i);
        Integer m = Lexicon.MONTHS.get(tok.lower());
        if (m == null) {
            return false;
        }
        // "may" and "march" are also verbs and nouns: a month only when capitalised mid-sentence.
        return tok.isCapitalized() || (m != 5 && m != 3);
    }

    private static boolean fourDigits(String s) {
        return s.length() == 4 && Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(1))
                && Character.isDigit(s.charAt(2)) && Character.isDigit(s.charAt(3));
    }

    static boolean isYearToken(Token tok) {
        if (!tok.isNumber() || !fourDigits(tok.text())) {
            return false;
        }
        int y = Integer.parseInt(tok.text());
        return y >= 1800 && y <= 2100;
    }

    private static boolean looksLikeYear(Raw raw) {
        return raw.digits && raw.low == raw.high && fourDigits(raw.raw)
                && raw.low >= 1800 && raw.low <= 2100;
    }

    private static boolean isPlainWord(List<Token> t, int i) {
        return i < t.size() && t.get(i).isWord() && !t.get(i).isCapitalized() && !isMonth(t, i);
    }

    private static boolean isDuration(List<Token> t, int end, String next, int after) {
        if ((after & TIME_UNIT) != 0) {
            return true;
        }
        if ((after & DURATION_ADJECTIVE) != 0 && Lexicon.TIME_UNITS.contains(lower(t, end + 1))) {
            return true;
        }
        return next.equals("and") && is(t, end + 1, "a") && is(t, end + 2, "half");
    }

    private static boolean isAddress(List<Token> t, int end) {
        if (end >= t.size() || !t.get(end).isWord() || !t.get(end).isCapitalized()) {
            return false;
        }
        for (int k = end; k < Math.min(t.size(), end + 3); k++) {
            if (STREET_WORDS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BEFORE_PRONOUN_ONE = Lexicon.words("no", "any", "every", "each", "the", "this",
            "that", "which", "someone", "anyone");
    private static final Set<String> AFTER_PRONOUN_ONE = Lexicon.words("of", "another", "'s", "by", ",", ".", "or", "who",
            "day", "point", "time", "side", "way");

    private static boolean isPronounOne(String prev, String next) {
        return BEFORE_PRONOUN_ONE.contains(prev) || AFTER_PRONOUN_ONE.contains(next);
    }

    /** "If in 2010 ..., in 2017 ...", "If a year ago ...": "if" sets one time against another, not a condition. */
    private static boolean opensComparison(List<Token> t, int k) {
        return (is(t, k, "in") && k + 1 < t.size() && isYearToken(t.get(k + 1)))
                || ((is(t, k, "a") || is(t, k, "one") || is(t, k, "last")) && is(t, k + 1 + (is(t, k, "last") ? 0 : 1), "year"));
    }

    private static boolean isThreshold(List<Token> t, int qualifierFirst, int end) {
        // The condition may come before ("registered if they had no fewer than 50") or after ("at least 50
        // members if they wish to register").
        for (int k = Math.max(0, qualifierFirst - 8); k < Math.min(t.size(), end + 6); k++) {
            if ((k < qualifierFirst || k >= end) && THRESHOLD_WORDS.contains(t.get(k).lower())
                    && !(t.get(k).lower().equals("if") && opensComparison(t, k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One qualifier can govern several figures: in "at least 219 civilians and 19 officers" the second
     * figure is "at least" too. A figure inherits the qualifier of the figure before it when only its
     * counted noun and "and" or a comma stand between them.
     */
    private static List<Quantity> distributeQualifiers(List<Token> t, List<Quantity> out) {
        for (int k = 1; k < out.size(); k++) {
            Quantity prev = out.get(k - 1);
            Quantity cur = out.get(k);
            if (cur.ownQualifier() || !prev.ownQualifier() || cur.qualifier() != Qualifier.EXACT
                    || !cur.isCount() || !prev.isCount()) {
                continue;
            }
            int gapStart = prev.last() + 1;
            int gapEnd = cur.qualifierFirst();
            if (gapEnd - gapStart < 2 || gapEnd - gapStart > 6 || !(is(t, gapEnd - 1, "and") || is(t, gapEnd - 1, ","))) {
                continue;
            }
            boolean nounsOnly = true;
            for (int g = gapStart; g < gapEnd - 1; g++) {
                Token tok = t.get(g);
                if (!tok.isWord() || Lexicon.NOUN_PHRASE_STOPS.contains(tok.lower())) {
                    nounsOnly = false;
                }
            }
            if (nounsOnly) {
                double v = cur.interval().value();
                out.set(k, cur.withInterval(interval(prev.qualifier(), v)));
            }
        }
        return out;
    }

    /**
     * {@link Interval#of}, the value and its bounds sharing one box: every number read makes an interval, and
     * boxing the same value three times tripled the allocations.
     */
    private static Interval interval(Qualifier qualifier, double v) {
        Double boxed = v;
        return switch (qualifier) {
            case EXACT, ABOUT -> new Interval(boxed, boxed, boxed, qualifier);
            case AT_LEAST, MORE_THAN -> new Interval(boxed, boxed, null, qualifier);
            case UP_TO, AT_MOST -> new Interval(boxed, null, boxed, qualifier);
            case RANGE, VAGUE -> Interval.of(qualifier, v); // refused there: they need two bounds
        };
    }

    private static int skipOf(List<Token> t, int i) {
        return is(t, i, "of") ? i + 1 : i;
    }

    private static boolean endsBefore(List<Token> t, int first, String[] words) {
        int start = first - words.length;
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!t.get(start + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    static boolean is(List<Token> t, int i, String lower) {
        return i >= 0 && i < t.size() && t.get(i).lower().equals(lower);
    }

    static String lower(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i).lower() : "";
    }
}
