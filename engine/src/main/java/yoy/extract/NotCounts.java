package yoy.extract;

import java.util.List;

/**
 * Tells, on raw text, numbers that the number reader surely reads as something other than a count, or not as a
 * number at all, so that {@link SentenceGate} can skip a sentence whose only numbers are such: a report dates nearly
 * every sentence, and gives lengths of sentences and ages in compounds. Conservative: when in doubt a number may
 * be a count. Each rule mirrors what {@link NumberReader} does with such a token whatever stands around it:
 * <ul>
 *   <li>a run that continues a token ("five" of "twenty-five", "th" of "12th") is read with the token's start;</li>
 *   <li>a token of digits and letters ("12-month", "12th", "A2023") is no number, nor is a number word joined to
 *       more letters ("four-year-old"), except a tens word ("twenty-three");</li>
 *   <li>four digits from 1800 to 2100 are a year, unless a qualifier ("more than") or "between" comes right
 *       before them or a scale word ("million") right after;</li>
 *   <li>digits or a number word followed by a unit of time are a duration ("five years");</li>
 *   <li>one or two digits up to 31 beside a month are a day ("12 March", or "March 12" when no dash, "to" or
 *       scale word follows).</li>
 * </ul>
 */
final class NotCounts {

    private static final List<List<String>> QUALIFIERS = qualifiers();
    private static final SentenceGate.KeyTable SCALES = new SentenceGate.KeyTable(List.copyOf(Lexicon.SCALES.keySet()));
    private static final SentenceGate.KeyTable TIME_UNITS = new SentenceGate.KeyTable(
            Lexicon.TIME_UNITS.stream().filter(NotCounts::plainWord).sorted().toList());
    private static final SentenceGate.KeyTable TO = new SentenceGate.KeyTable(List.of("to"));
    private static final SentenceGate.KeyTable ARTICLES = new SentenceGate.KeyTable(List.of("a", "an"));
    /** Month names with their number as flags. */
    private static final SentenceGate.KeyTable MONTHS = new SentenceGate.KeyTable(Lexicon.MONTHS);
    /**
     * The qualifiers by their last word ("than": "more than", "no more than", ...), each as its words: a year is
     * mostly preceded by "in", "by" or "since", which one lookup rules out, and otherwise only the few qualifiers
     * that end with the word before it are compared.
     */
    private static final String[][][] QUALIFIERS_BY_END = QUALIFIERS.stream()
            .collect(java.util.stream.Collectors.groupingBy(q -> q.get(q.size() - 1), java.util.TreeMap::new,
                    java.util.stream.Collectors.mapping(q -> q.toArray(String[]::new), java.util.stream.Collectors.toList())))
            .values().stream().map(list -> list.toArray(String[][]::new)).toArray(String[][][]::new);
    /** The last words of {@link #QUALIFIERS_BY_END}, with one more than their index there as flags. */
    private static final SentenceGate.KeyTable QUALIFIER_ENDS = qualifierEnds();

    private NotCounts() {
    }

    private static List<List<String>> qualifiers() {
        List<List<String>> out = new java.util.ArrayList<>(NumberReader.qualifierPhrases());
        out.add(List.of("between"));
        return List.copyOf(out);
    }

    private static SentenceGate.KeyTable qualifierEnds() {
        java.util.Map<String, Integer> ends = new java.util.HashMap<>();
        for (int k = 0; k < QUALIFIERS_BY_END.length; k++) {
            String[] any = QUALIFIERS_BY_END[k][0];
            ends.put(any[any.length - 1], k + 1);
        }
        return new SentenceGate.KeyTable(ends);
    }

    private static boolean plainWord(String w) {
        return w.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /**
     * True when the run (of letters or digits) at {@code start} continues a token begun before it: the tokenizer
     * joins it to what precedes, and the token is judged by its start.
     */
    static boolean continuesToken(char[] text, int from, int start) {
        if (start - 1 < from) {
            return false;
        }
        char before = text[start - 1];
        if (Character.isLetterOrDigit(before)) {
            return true;
        }
        return Tokenizer.joinsLetters(before) && start - 2 >= from
                && Character.isLetterOrDigit(text[start - 2]);
    }

    /** True when the token that begins with the run ending at {@code end} goes on with letters or digits after it. */
    private static boolean compound(char[] text, int to, int end, boolean lettersOnly) {
        if (end >= to) {
            return false;
        }
        char after = text[end];
        if (lettersOnly ? Character.isLetter(after) : Character.isLetterOrDigit(after)) {
            return true;
        }
        if (Tokenizer.joinsLetters(after) && end + 1 < to) {
            char next = text[end + 1];
            return lettersOnly ? Character.isLetter(next) : Character.isLetterOrDigit(next);
        }
        return false;
    }

    /** True when the digits text[start, end), the start of a token, in the sentence text[from, to), are surely no count. */
    static boolean digits(char[] text, int from, int to, int start, int end) {
        if (compound(text, to, end, true)) {
            return true; // digits and letters: no number at all
        }
        if (!apart(text, from, to, start - 1, -1) || !apart(text, from, to, end, 1)) {
            return false;
        }
        int v = 0;
        for (int k = start; k < end; k++) {
            char c = text[k];
            if (c < '0' || c > '9' || end - start > 6) {
                return false;
            }
            v = 10 * v + (c - '0');
        }
        if (end - start == 4 && v >= 1800 && v <= 2100 && !qualifierBefore(text, from, start)
                && !wordBeside(text, from, to, end, 1, SCALES)) {
            return true;
        }
        if (timeUnitAfter(text, from, to, end)) {
            return true;
        }
        if (end - start <= 2 && v >= 1 && v <= 31) {
            if (monthBeside(text, from, to, end, 1)) {
                return true;
            }
            return monthBeside(text, from, to, start - 1, -1) && !wordBeside(text, from, to, end, 1, SCALES)
                    && !wordBeside(text, from, to, end, 1, TO) && !dashAfter(text, to, end);
        }
        return false;
    }

    /**
     * True when the number word text[start, end), the start of a token, is surely no count: joined to more letters
     * ("four-year-old"; a tens word may make "twenty-three"), or a duration ("five years").
     */
    static boolean numberWord(char[] text, int from, int to, int start, int end, boolean tens) {
        if (compound(text, to, end, false)) {
            return !tens;
        }
        return apart(text, from, to, end, 1) && timeUnitAfter(text, from, to, end);
    }

    /** True when the word before the run of letters at {@code start} may be "a" or "an" ("a dozen", "a few"). */
    static boolean articleBefore(char[] text, int from, int to, int start) {
        return wordBeside(text, from, to, start - 1, -1, ARTICLES);
    }

    private static boolean timeUnitAfter(char[] text, int from, int to, int end) {
        long run = runBeside(text, from, to, end, 1);
        return wordIn(text, run, TIME_UNITS, false) && wholeToken(text, from, to, run);
    }

    /**
     * True when the words right before the number, across white space only, may end with a qualifier ("more
     * than") or "between". Words with letters beyond ASCII may be anything.
     */
    private static boolean qualifierBefore(char[] text, int from, int start) {
        long nearest = runBeside(text, from, text.length, start - 1, -1);
        int nearestStart = (int) (nearest >>> 32);
        int nearestEnd = (int) nearest;
        if (nearestEnd <= nearestStart) {
            return false;
        }
        if (!allAscii(text, nearestStart, nearestEnd)) {
            return true;
        }
        int end = QUALIFIER_ENDS.flagsOf(text, nearestStart, nearestEnd);
        if (end == 0) {
            return false;
        }
        int[][] words = new int[3][];
        int k = start - 1;
        int n = 0;
        while (n < words.length) {
            long run = runBeside(text, from, text.length, k, -1);
            int s = (int) (run >>> 32);
            int e = (int) run;
            if (e <= s) {
                break;
            }
            if (!allAscii(text, s, e)) {
                return true;
            }
            words[n++] = new int[] {s, e};
            k = s - 1;
        }
        for (String[] q : QUALIFIERS_BY_END[end - 1]) {
            if (q.length <= n && endsWith(text, words, q)) {
                return true;
            }
        }
        return false;
    }

    /** True when the words (nearest first) end with the qualifier's words, compared ignoring case. */
    private static boolean endsWith(char[] text, int[][] words, String[] q) {
        for (int j = 0; j < q.length; j++) {
            int[] w = words[j];
            String word = q[q.length - 1 - j];
            if (w[1] - w[0] != word.length()) {
                return false;
            }
            for (int c = 0; c < word.length(); c++) {
                if ((text[w[0] + c] | 0x20) != word.charAt(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the character at {@code at} (the edge of the text when outside it) cannot join what is beside it to a token. */
    private static boolean apart(char[] text, int from, int to, int at, int step) {
        if (at < from || at >= to || Tokenizer.isSpace(text[at])) {
            return true;
        }
        char c = text[at];
        if (Tokenizer.joinsLetters(c) || c == ',' || c == '.') {
            int far = at + step;
            return far < from || far >= to || !Tokenizer.keepsInWord(text[far]);
        }
        return !Tokenizer.keepsInWord(c);
    }

    /** Bounds of the run of letters beside {@code at} across white space only, as start << 32 | end (none: 0). */
    private static long runBeside(char[] text, int from, int to, int at, int step) {
        if (at < from || at >= to || !Tokenizer.isSpace(text[at])) {
            return 0;
        }
        int k = at;
        while (k >= from && k < to && Tokenizer.isSpace(text[k])) {
            k += step;
        }
        int near = k;
        while (k >= from && k < to && Character.isLetter(text[k])) {
            k += step;
        }
        int start = step > 0 ? near : k + 1;
        int end = step > 0 ? k : near + 1;
        return end <= start ? 0 : (long) start << 32 | end;
    }

    /**
     * True when the word beside the number, across white space only, may be one of {@code words}: a word with
     * letters beyond ASCII may be anything.
     */
    private static boolean wordBeside(char[] text, int from, int to, int at, int step, SentenceGate.KeyTable words) {
        return wordIn(text, runBeside(text, from, to, at, step), words, true);
    }

    /** True when the run is one of {@code words} (ignoring case); a run with letters beyond ASCII is {@code otherScripts}. */
    private static boolean wordIn(char[] text, long run, SentenceGate.KeyTable words, boolean otherScripts) {
        int start = (int) (run >>> 32);
        int end = (int) run;
        if (end <= start) {
            return false;
        }
        if (!allAscii(text, start, end)) {
            return otherScripts;
        }
        return words.flagsOf(text, start, end) != 0;
    }

    /** True when the run of letters is a token by itself, so that its letters are the whole token. */
    private static boolean wholeToken(char[] text, int from, int to, long run) {
        int start = (int) (run >>> 32);
        int end = (int) run;
        return end > start && apart(text, from, to, start - 1, -1) && apart(text, from, to, end, 1)
                && allAscii(text, start, end);
    }

    /** True when the word beside the number is surely a month as the number reader takes it: "May" and "March" capitalised. */
    private static boolean monthBeside(char[] text, int from, int to, int at, int step) {
        long run = runBeside(text, from, to, at, step);
        if (!wholeToken(text, from, to, run)) {
            return false;
        }
        int start = (int) (run >>> 32);
        int month = monthNumber(text, start, (int) run);
        return month != 0 && (Character.isUpperCase(text[start]) || (month != 5 && month != 3));
    }

    /** The number of the month named by the ASCII letters text[start, end), ignoring case, or 0. */
    private static int monthNumber(char[] text, int start, int end) {
        return MONTHS.flagsOf(text, start, end);
    }

    /** True when a dash follows the number, across white space or none: "March 12–15" is a range. */
    private static boolean dashAfter(char[] text, int to, int end) {
        int k = end;
        while (k < to && Tokenizer.isSpace(text[k])) {
            k++;
        }
        return k < to && (text[k] == '-' || text[k] == '–' || text[k] == '‑');
    }

    private static boolean allAscii(char[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (text[k] >= 128) {
                return false;
            }
        }
        return true;
    }
}
