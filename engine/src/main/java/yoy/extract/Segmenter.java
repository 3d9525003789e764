package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a report into paragraphs and sentences, holding up on scraped web pages: sentences glued
 * without a space ("offences.Authorities"), headings glued to the next sentence ("Freedom of
 * AssemblyThe government") and hard-wrapped lines.
 *
 * <p>A paragraph ends at a blank line, at a line that ends a sentence or looks like a heading, and at
 * a glued heading. A sentence ends at {@code . ! ?} (with any closing quotes, brackets or a glued
 * footnote number) before an upper-case letter, a digit or an opening quote, unless the full stop
 * belongs to a known abbreviation or an initial.
 */
public final class Segmenter {

    private static final Set<String> ABBREVIATIONS = Lexicon.words("mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "art",
            "arts", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "gen", "col", "lt", "sgt", "rev", "jr", "sr", "inc", "ltd", "co", "corp", "para",
            "p", "pp", "vol", "fig", "approx", "est");

    private Segmenter() {
    }

    public static List<Sentence> split(String text) {
        return split(text.toCharArray());
    }

    /** The same on the text's characters: array reads are cheaper than {@code charAt} on this hot path. */
    static List<Sentence> split(char[] text) {
        return split(text, text.length);
    }

    /** The same on the first {@code length} characters of {@code text} (a buffer that may be longer). */
    static List<Sentence> split(char[] text, int length) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        for (int[] p : paragraphs(text, length)) {
            paragraph = sentences(text, p[0], p[1], paragraph, out);
        }
        return out;
    }

    /** Paragraph ranges [start, end) of text[0, n), trimmed. */
    static List<int[]> paragraphs(char[] text, int n) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        int paraStart = -1;
        int paraEnd = -1;
        while (lineStart <= n) {
            int nl = indexOf(text, '\n', lineStart, n);
            int lineEnd = nl < 0 ? n : nl;
            int s = skipSpace(text, lineStart, lineEnd);
            int e = trimEnd(text, s, lineEnd);
            if (s >= e) {
                if (paraStart >= 0) {
                    out.add(new int[] {paraStart, paraEnd});
                    paraStart = -1;
                }
            } else {
                if (paraStart < 0) {
                    paraStart = s;
                } else if (!continuesLine(text, paraStart, paraEnd, s)) {
                    out.add(new int[] {paraStart, paraEnd});
                    paraStart = s;
                }
                paraEnd = e;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (paraStart >= 0) {
            out.add(new int[] {paraStart, paraEnd});
        }
        return out;
    }

    /** A hard-wrapped line continues its paragraph when the previous line stops mid-sentence and this one starts lower-case. */
    private static boolean continuesLine(char[] text, int paraStart, int prevEnd, int lineStart) {
        char last = text[prevEnd - 1];
        char first = text[lineStart];
        boolean midSentence = Character.isLetterOrDigit(last) || last == ',' || last == ';' || last == '-';
        return midSentence && Character.isLowerCase(first) && prevEnd - paraStart > 60;
    }

    private static int sentences(char[] text, int from, int to, int paragraph, List<Sentence> out) {
        int start = from;
        int i = from;
        boolean newParagraphNext = false;
        int previous = OTHER;
        while (i < to) {
            char c = text[i];
            int kind = c < 128 ? ASCII_KIND[c] : kindBeyondAscii(c);
            int cut = -1;
            boolean paragraphCut = false;
            if (kind == MARK) {
                cut = sentenceEnd(text, start, i, to);
            } else if (kind == UPPER && previous == LOWER && i - 1 >= start && i + 1 < to && isLower(text[i + 1])
                    && lowerRun(text, i - 1) >= 2) {
                // A heading glued to the sentence after it: "AssemblyThe". Told at the capital, from the letter
                // before, so that each character is read once.
                cut = i;
                paragraphCut = true;
            }
            previous = kind;
            if (cut > 0 && cut < to) {
                paragraph = emit(text, start, cut, paragraph, newParagraphNext, out);
                newParagraphNext = paragraphCut;
                start = skipSpace(text, cut, to);
                i = start;
                continue;
            }
            i++;
        }
        if (start < to) {
            paragraph = emit(text, start, to, paragraph, newParagraphNext, out);
        }
        return paragraph + 1;
    }

    private static int emit(char[] text, int start, int end, int paragraph, boolean newParagraph, List<Sentence> out) {
        int e = trimEnd(text, start, end);
        if (e <= start) {
            return paragraph;
        }
        int p = newParagraph ? paragraph + 1 : paragraph;
        if (e - start > MAX_SENTENCE_CHARS) {
            while (e - start > PIECE_CHARS) {
                int cut = pieceEnd(text, start);
                out.add(new Sentence(text, start, trimEnd(text, start, cut), p));
                start = skipSpace(text, cut, e);
            }
        }
        out.add(new Sentence(text, start, e, p));
        return p;
    }

    /**
     * The longest sentence handed on, in characters: the longest of the real set has 775 (139 tokens). A longer one
     * (a report with no full stops, a run of numbers) is no prose, and is cut into pieces of at most
     * {@link #PIECE_CHARS} (see {@link #pieceEnd}). The rules read a figure's clause, segment and sentence, so a
     * "sentence" of megabytes made every figure read megabytes.
     */
    static final int MAX_SENTENCE_CHARS = 2_000;

    /**
     * The longest piece of a sentence longer than {@link #MAX_SENTENCE_CHARS}: as long as a long sentence of prose,
     * so that each piece is read like one (most are let through by the {@link SentenceGate} only when they hold a cue
     * and a number, and a figure's walks are as short).
     */
    static final int PIECE_CHARS = 300;

    /**
     * Where the piece of a too long sentence that starts at {@code start} ends: after its last semicolon, else after
     * its last comma, else before its last "and", else at its last space, else at {@link #PIECE_CHARS}. Only the
     * second half of the piece is searched, so that each piece is at least half that long and the cutting stays
     * linear.
     */
    private static int pieceEnd(char[] text, int start) {
        int to = start + PIECE_CHARS;
        int semicolon = -1;
        int comma = -1;
        int and = -1;
        int space = -1;
        for (int i = to - 1; i > start + PIECE_CHARS / 2 && semicolon < 0; i--) {
            char c = text[i];
            if ((c > ' ' && c < 128) || !Tokenizer.isSpace(c)) {
                continue; // most characters: a printable ASCII one is no space, and is told so without a call
            }
            char before = text[i - 1];
            if (before == ';') {
                semicolon = i;
            } else if (before == ',' && comma < 0) {
                comma = i;
            } else if (and < 0 && i + 4 < to && text[i + 1] == 'a' && text[i + 2] == 'n' && text[i + 3] == 'd'
                    && Tokenizer.isSpace(text[i + 4])) {
                and = i;
            }
            space = space < 0 ? i : space;
        }
        return semicolon >= 0 ? semicolon : comma >= 0 ? comma : and >= 0 ? and : space >= 0 ? space : to;
    }

    /**
     * Where a sentence ending at the mark {@code at} really ends (after closing quotes, brackets and a glued
     * footnote number), or -1 when the mark does not end a sentence.
     */
    private static int sentenceEnd(char[] text, int sentenceStart, int at, int to) {
        int j = at + 1;
        while (j < to && isCloser(text[j])) {
            j++;
        }
        int digits = j;
        while (digits < to && Character.isDigit(text[digits]) && digits - j < 3) {
            digits++;
        }
        if (digits > j && (digits == to || Character.isWhitespace(text[digits]))) {
            j = digits;
        }
        if (j >= to) {
            return to;
        }
        int k = skipSpace(text, j, to);
        if (k >= to) {
            return to;
        }
        char next = text[k];
        boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || next == '“' || next == '"'
                || next == '‘' || next == '(' || next == '•' || next == '[';
        if (!opens) {
            return -1;
        }
        if (k == j && text[at] == '.' && Character.isDigit(next)) {
            return -1;
        }
        // Last, as the dearest test: a cut at the paragraph's end (returned above) is no cut anyway.
        if (text[at] == '.' && isAbbreviation(text, sentenceStart, at)) {
            return -1;
        }
        return j;
    }

    private static boolean isAbbreviation(char[] text, int sentenceStart, int dot) {
        int s = dot;
        // No abbreviation is longer than 5 characters, so the scan stops there: rows of dots ("Contents ......")
        // and dotted names made it go back over the whole run at every dot.
        while (s > sentenceStart && dot - s <= 5 && (isLetter(text[s - 1]) || text[s - 1] == '.')) {
            s--;
        }
        if (dot - s == 1 && Character.isUpperCase(text[s])) {
            return true;
        }
        return dot - s <= 5 && isKnownAbbreviation(text, s, dot);
    }

    /**
     * {@link #ABBREVIATIONS} holds {@code text[from, to)} lower-cased. Runs at every full stop of the corpus, so
     * plain ASCII (all of the list) is compared without making a string; anything else takes the general path.
     */
    private static boolean isKnownAbbreviation(char[] text, int from, int to) {
        long key = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= 128) {
                return ABBREVIATIONS.contains(new String(text, from, to - from).toLowerCase(java.util.Locale.ROOT));
            }
            key = key << 7 | (c >= 'A' && c <= 'Z' ? c | 0x20 : c);
        }
        return java.util.Arrays.binarySearch(ABBREVIATION_KEYS, key) >= 0;
    }

    /** Each abbreviation's characters packed 7 bits apiece (at most 5 of them, so no two collide), sorted. */
    private static final long[] ABBREVIATION_KEYS = ABBREVIATIONS.stream()
            .mapToLong(a -> a.chars().asLongStream().reduce(0, (key, c) -> key << 7 | c))
            .sorted().toArray();

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    /** What a character is to the splitter: a sentence mark (. ! ?), a lower- or upper-case letter, or other. */
    private static final int OTHER = 0;
    private static final int MARK = 1;
    private static final int LOWER = 2;
    private static final int UPPER = 3;
    private static final byte[] ASCII_KIND = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_KIND[c] = LOWER;
            ASCII_KIND[c - 32] = UPPER;
        }
        ASCII_KIND['.'] = MARK;
        ASCII_KIND['!'] = MARK;
        ASCII_KIND['?'] = MARK;
    }

    private static int kindBeyondAscii(char c) {
        return Character.isLowerCase(c) ? LOWER : Character.isUpperCase(c) ? UPPER : OTHER;
    }

    private static boolean isLetter(char c) {
        return c < 128 ? ASCII_KIND[c] >= LOWER : Character.isLetter(c);
    }

    /** ASCII first: this runs on every character of the corpus. */
    private static boolean isLower(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    private static int lowerRun(char[] text, int i) {
        int n = 0;
        while (i - n >= 0 && Character.isLowerCase(text[i - n])) {
            n++;
        }
        return n;
    }

    static boolean looksLikeHeading(char[] text, int start, int end, List<Token> tokens) {
        char last = text[end - 1];
        if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') {
            return false;
        }
        int words = 0;
        int capitalized = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                words++;
                capitalized += t.isCapitalized() ? 1 : 0;
                if (words > 10) {
                    return false;
                }
            }
        }
        return words > 0 && capitalized * 2 >= words;
    }

    private static int indexOf(char[] text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int skipSpace(char[] text, int i, int to) {
        while (i < to && Tokenizer.isSpace(text[i])) {
            i++;
        }
        return i;
    }

    private static int trimEnd(char[] text, int from, int to) {
        while (to > from && Tokenizer.isSpace(text[to - 1])) {
            to--;
        }
        return to;
    }
}
