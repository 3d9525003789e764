package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells, on raw text, a run of digits that the number reader can only read as a year ("in 2023,"), which is
 * never a count. A report dates nearly every sentence, so a sentence whose only number is a year need not be
 * tokenised to find its figures. Conservative: when in doubt the run may be a count.
 *
 * <p>The number reader turns a four-digit token from 1800 to 2100 into a count only after a qualifier of its
 * own ("more than 2000 people"), inside "between … and …", or before a scale word ("2000 million"). So the run
 * is a lone year when it is such a token by itself (nothing joins it to the characters around it) and neither
 * the word before it ends a qualifier or is "between", nor the word after it is a scale of a thousand or more.
 */
final class LoneYears {

    private static final SentenceGate.KeyTable WORDS_BEFORE = new SentenceGate.KeyTable(wordsBefore());
    private static final SentenceGate.KeyTable SCALES_AFTER = new SentenceGate.KeyTable(scalesAfter());

    private LoneYears() {
    }

    private static List<String> wordsBefore() {
        List<String> words = new ArrayList<>(NumberReader.qualifierLastWords());
        words.add("between");
        return words;
    }

    private static List<String> scalesAfter() {
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Long> e : Lexicon.SCALES.entrySet()) {
            if (e.getValue() >= 1000) {
                words.add(e.getKey());
            }
        }
        return words;
    }

    /** True when the digits text[start, end), in the sentence text[from, to), can only be read as a year. */
    static boolean only(char[] text, int from, int to, int start, int end) {
        if (end - start != 4) {
            return false;
        }
        int v = 0;
        for (int k = start; k < end; k++) {
            char c = text[k];
            if (c < '0' || c > '9') {
                return false;
            }
            v = 10 * v + (c - '0');
        }
        return v >= 1800 && v <= 2100 && apart(text, from, to, start - 1, -1) && apart(text, from, to, end, 1)
                && !word(text, from, to, start - 1, -1, WORDS_BEFORE) && !word(text, from, to, end, 1, SCALES_AFTER);
    }

    /** True when the character at {@code at} (the edge of the sentence when outside it) cannot join the digits to a token. */
    private static boolean apart(char[] text, int from, int to, int at, int step) {
        if (at < from || at >= to || isSpace(text[at])) {
            return true;
        }
        char c = text[at];
        if (c == '-' || c == '\'' || c == '’' || c == '‑' || c == ',' || c == '.') {
            int far = at + step;
            return far < from || far >= to || !partOfWord(text[far]);
        }
        return !partOfWord(c);
    }

    /**
     * True when the word beside the digits, across white space only, may be one of {@code words} (a word with
     * letters beyond ASCII may be anything).
     */
    private static boolean word(char[] text, int from, int to, int at, int step, SentenceGate.KeyTable words) {
        if (at < from || at >= to || !isSpace(text[at])) {
            return false;
        }
        int k = at;
        while (k >= from && k < to && isSpace(text[k])) {
            k += step;
        }
        int near = k;
        while (k >= from && k < to && Character.isLetter(text[k])) {
            k += step;
        }
        int start = step > 0 ? near : k + 1;
        int end = step > 0 ? k : near + 1;
        if (end <= start) {
            return false;
        }
        int hash = 0;
        for (int j = start; j < end; j++) {
            char c = text[j];
            if (c >= 128) {
                return true;
            }
            hash = 31 * hash + (c | 0x20);
        }
        return words.holds(text, start, end - start, hash);
    }

    /** As the tokenizer skips white space. */
    private static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || c == '\u00A0';
    }

    /** A character the tokenizer keeps inside a word. */
    private static boolean partOfWord(char c) {
        return Character.isLetterOrDigit(c) || (c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK);
    }
}
