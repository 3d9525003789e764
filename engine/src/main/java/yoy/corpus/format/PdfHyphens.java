package yoy.corpus.format;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins a line to the paragraph before it, undoing the hyphenation of words split at the line end:
 * "detain-" + "ees" reads "detainees". A hyphen stays when the next line starts with a capital or a digit
 * ("Kyrgyz-" + "Tajik" reads "Kyrgyz-Tajik") and when the hyphenated word is printed whole elsewhere in the
 * document ("pre-" + "trial" reads "pre-trial" when "pre-trial" occurs on some line).
 *
 * <p>Some producers tell the two apart: they print the hyphen of a split word as a soft hyphen or U+2010
 * (which {@link PdfLineText} turns into a trailing soft hyphen) and a hard hyphen as '-'. In a document whose
 * lines end with such marks, a '-' at a line end is a hard hyphen and always stays ("Helsinki-" + "style").
 */
final class PdfHyphens {

    private PdfHyphens() {
    }

    /** Whether the producer marks split words (some line ends with a soft hyphen). */
    static boolean marksSplits(List<PdfLine> lines) {
        for (PdfLine l : lines) {
            if (l.text().endsWith("\u00AD")) {
                return true;
            }
        }
        return false;
    }

    /** Hyphenated words printed inside a line somewhere in the document, in lower case. */
    static Set<String> printedWhole(List<PdfLine> lines) {
        Set<String> words = new TreeSet<>();
        for (PdfLine l : lines) {
            String t = l.text();
            int end = t.length() - 1; // a hyphen at the very end is a split, not evidence
            for (int i = t.indexOf('-'); i > 0 && i < end; i = t.indexOf('-', i + 1)) {
                if (Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                    words.add(wordAround(t, i).toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /**
     * Appends {@code next} to the paragraph {@code para} (non-empty) and returns where {@code next} starts in it.
     */
    static int join(StringBuilder para, String next, Set<String> printedWhole, boolean marksSplits) {
        int n = para.length();
        char last = para.charAt(n - 1);
        char first = next.charAt(0);
        if (last == '\u00AD') { // the producer marked the split itself
            if (Character.isLetter(first) && Character.isLowerCase(first)) {
                para.setLength(n - 1);
            } else {
                para.setCharAt(n - 1, '-');
            }
            return append(para, next);
        }
        if (last == '-' && n >= 2 && Character.isLetterOrDigit(para.charAt(n - 2))) {
            char before = para.charAt(n - 2);
            if (!marksSplits && Character.isLowerCase(before) && Character.isLowerCase(first)) {
                String whole = wordBefore(para, n - 1) + "-" + wordAfter(next);
                if (!printedWhole.contains(whole.toLowerCase(Locale.ROOT))) {
                    para.setLength(n - 1);
                }
            }
            return append(para, next);
        }
        if ((last == '\u2013' || last == '\u2014' || last == '/') && n >= 2 && para.charAt(n - 2) != ' ') {
            return append(para, next); // "2020–" + "2021", "and/" + "or"
        }
        para.append(' ');
        return append(para, next);
    }

    private static int append(StringBuilder para, String next) {
        int at = para.length();
        para.append(next);
        return at;
    }

    private static String wordAround(String t, int hyphen) {
        int a = hyphen;
        while (a > 0 && (Character.isLetter(t.charAt(a - 1)) || t.charAt(a - 1) == '-')) {
            a--;
        }
        int b = hyphen + 1;
        while (b < t.length() && (Character.isLetter(t.charAt(b)) || t.charAt(b) == '-')) {
            b++;
        }
        return t.substring(a, b);
    }

    private static String wordBefore(CharSequence s, int end) {
        int a = end;
        while (a > 0 && (Character.isLetter(s.charAt(a - 1)) || s.charAt(a - 1) == '-')) {
            a--;
        }
        return s.subSequence(a, end).toString();
    }

    private static String wordAfter(String s) {
        int b = 0;
        while (b < s.length() && (Character.isLetter(s.charAt(b)) || s.charAt(b) == '-')) {
            b++;
        }
        return s.substring(0, b);
    }
}
