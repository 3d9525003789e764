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
        List<Token> out = new ArrayList<>();
        int i = from;
        int prevEnd = -1;
        while (i < to) {
            char c = text[i];
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i, to);
                String t = new String(text, start, i - start);
                out.add(new Token(t, normalize(t), isNumber(t) ? Token.Kind.NUMBER : Token.Kind.WORD, start, i, start == prevEnd));
            } else {
                i++;
                String t = String.valueOf(c);
                out.add(new Token(t, normalize(t), Token.Kind.PUNCT, start, i, start == prevEnd));
            }
            prevEnd = i;
        }
        return out;
    }

    private static int wordEnd(char[] text, int i, int to) {
        while (i < to) {
            char c = text[i];
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                continue;
            }
            boolean joiner = c == '-' || c == '\'' || c == '’' || c == '‑'
                    || ((c == ',' || c == '.') && i > 0 && Character.isDigit(text[i - 1]));
            if (joiner && i + 1 < to && Character.isLetterOrDigit(text[i + 1])
                    && (c != ',' || thousandsGroup(text, i + 1, to))
                    && (c != '.' || Character.isDigit(text[i + 1]))) {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /** A comma joins digits only when exactly three digits follow, so "2, 3" stays apart. */
    private static boolean thousandsGroup(char[] text, int at, int to) {
        int n = 0;
        while (at + n < to && Character.isDigit(text[at + n])) {
            n++;
        }
        return n == 3;
    }

    static boolean isNumber(String t) {
        boolean digit = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c != ',' && c != '.') {
                return false;
            }
        }
        return digit;
    }

    static String normalize(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.indexOf('’') >= 0 || lower.indexOf('‑') >= 0) {
            lower = lower.replace('’', '\'').replace('‑', '-');
        }
        return lower;
    }
}
