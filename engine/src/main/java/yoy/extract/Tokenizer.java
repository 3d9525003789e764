package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers and punctuation. Digits joined by thousands separators or a decimal
 * point stay one number ("10,000", "1.5"); hyphens and apostrophes inside words stay in the word
 * ("four-year-old", "year’s"), so that the number reader can see compounds whole.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int from, int to) {
        return tokenize(text.toCharArray(), from, to);
    }

    /** The same on the text's characters: array reads are cheaper than {@code charAt} on this hot path. */
    static List<Token> tokenize(char[] text, int from, int to) {
        // About one token for every five characters of report prose: sized once rather than grown three times.
        List<Token> out = new ArrayList<>((to - from) / 5 + 4);
        WordCache words = WordCache.get();
        int i = from;
        int prevEnd = -1;
        while (i < to) {
            char c = text[i];
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isLetterOrDigit(c)) {
                long endAndHash = wordEnd(text, i, to);
                i = (int) endAndHash;
                WordCache.Word w = words.word(text, start, i, (int) (endAndHash >>> 32), Tokenizer::word);
                Token.Kind kind = w.number() ? Token.Kind.NUMBER : Token.Kind.WORD;
                out.add(new Token(w.text(), w.lower(), kind, start, i, start == prevEnd, w.tags()));
            } else {
                i++;
                String t = c < PUNCT.length ? PUNCT[c] : String.valueOf(c);
                String lower = c < PUNCT.length ? t : normalizeMark(c, t);
                int tags = c < PUNCT.length ? PUNCT_TAGS[c] : WordTags.ofMark(lower);
                out.add(new Token(t, lower, Token.Kind.PUNCT, start, i, start == prevEnd, tags));
            }
            prevEnd = i;
        }
        return out;
    }

    private static WordCache.Word word(char[] text, int from, int to) {
        String t = new String(text, from, to - from);
        String lower = lowerCase(text, from, to, t);
        return new WordCache.Word(t, lower, isNumber(text, from, to), WordTags.ofWord(lower));
    }

    /** One shared string per ASCII mark, rather than a new one for every comma of the corpus. */
    private static final String[] PUNCT = new String[128];
    private static final int[] PUNCT_TAGS = new int[128];

    static {
        for (char c = 0; c < PUNCT.length; c++) {
            PUNCT[c] = String.valueOf(c);
            PUNCT_TAGS[c] = WordTags.ofMark(PUNCT[c]);
        }
    }

    /**
     * {@link #normalize} of a one-character mark beyond ASCII, without the general lower-casing: that was a tenth
     * of extraction's time, as every curly quote of the corpus went through it.
     */
    private static String normalizeMark(char c, String mark) {
        if (c == '’') {
            return "'";
        }
        if (c == '‑') {
            return "-";
        }
        char lower = Character.toLowerCase(c);
        return lower == c ? mark : String.valueOf(lower);
    }

    /** ASCII first: this runs on every character of every sentence that may hold a number. */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : Character.isLetterOrDigit(c);
    }

    /** {@link #normalize} without scanning the word again when it is plain lower-case ASCII (most words are). */
    private static String lowerCase(char[] text, int from, int to, String word) {
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                return normalize(word);
            }
        }
        return word;
    }

    /** White space, as the tokenizer skips it (no-break spaces included). */
    static boolean isSpace(char c) {
        return c == ' ' || Character.isWhitespace(c) || c == '\u00A0';
    }

    /** A character that continues a word: a letter, a digit or a combining mark. */
    static boolean keepsInWord(char c) {
        return isLetterOrDigit(c) || (c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK);
    }

    /** A hyphen or apostrophe, which joins the letters or digits on both its sides into one word. */
    static boolean joinsLetters(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '‑';
    }

    private static boolean isNumber(char[] text, int from, int to) {
        boolean digit = false;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != ',' && c != '.') {
                return false;
            }
        }
        return digit;
    }

    /**
     * Where the word starting at {@code i} ends, in the low half, and the {@link String#hashCode} of its characters in
     * the high half: the word cache needs the hash, and this way the characters are read once.
     */
    private static long wordEnd(char[] text, int i, int to) {
        int hash = 0;
        while (i < to) {
            char c = text[i];
            if (keepsInWord(c)) {
                hash = 31 * hash + c;
                i++;
                continue;
            }
            boolean joiner = joinsLetters(c)
                    || ((c == ',' || c == '.') && i > 0 && Character.isDigit(text[i - 1]));
            if (joiner && i + 1 < to && isLetterOrDigit(text[i + 1])
                    && (c != ',' || thousandsGroup(text, i + 1, to))
                    && (c != '.' || Character.isDigit(text[i + 1]))) {
                hash = 31 * hash + c;
                i++;
                continue;
            }
            break;
        }
        return (long) hash << 32 | i;
    }

    /** A comma joins digits only when exactly three digits follow, so "2, 3" stays apart. */
    private static boolean thousandsGroup(char[] text, int at, int to) {
        int n = 0;
        while (at + n < to && Character.isDigit(text[at + n])) {
            n++;
        }
        return n == 3;
    }

    static String normalize(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.indexOf('’') >= 0 || lower.indexOf('‑') >= 0) {
            lower = lower.replace('’', '\'').replace('‑', '-');
        }
        return lower;
    }
}
