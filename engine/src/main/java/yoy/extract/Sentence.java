package yoy.extract;

import java.util.List;

/**
 * A sentence (or a heading) with its offsets and the paragraph it belongs to. Its tokens are made on
 * first use: most sentences hold no number and are only looked at again when a figure nearby needs its
 * context. Not thread-safe; a document's sentences belong to the thread that extracts it.
 */
public final class Sentence {

    private final char[] text;
    private final int start;
    private final int end;
    private final int paragraph;
    private List<Token> tokens;
    private boolean markedHeading;
    /** {@link PhraseGate#lists} of the sentence for the topics, once read. */
    private PhraseGate.Lists topics;
    /** {@link #mayNameYear} and {@link #mayNameTime}: 0 not yet known, 1 yes, 2 no. */
    private byte year;
    private byte time;

    Sentence(char[] text, int start, int end, int paragraph) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.paragraph = paragraph;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int paragraph() {
        return paragraph;
    }

    public List<Token> tokens() {
        if (tokens == null) {
            // Always the same class of list: mixing the classes List.copyOf picks by size made every get() on the hot paths a virtual call.
            tokens = java.util.Collections.unmodifiableList(Tokenizer.tokenize(text, start, end));
        }
        return tokens;
    }

    /** False when the sentence surely yields no figure of its own (see {@link SentenceGate}). */
    boolean mayYield(SentenceGate gate, boolean countsOnly) {
        return gate.mayYield(text, start, end, countsOnly);
    }

    /** What the letters of the sentence tell of the topic lists of {@code gate} (see {@link PhraseGate}); read once. */
    PhraseGate.Lists topics(PhraseGate gate) {
        if (topics == null) {
            topics = gate.lists(text, start, end);
        }
        return topics;
    }

    /**
     * False when the sentence surely names no year, told from its characters: every year is read from a number of
     * four digits ("2022", "mid-2022") or from a date of numbers joined by dots or slashes ("20.02.24", "02/20/24").
     * Read once.
     */
    boolean mayNameYear() {
        if (year == 0) {
            year = 2;
            boolean digit = false;
            boolean slash = false;
            int run = 0;
            for (int i = start; i < end && year == 2; i++) {
                char c = text[i];
                if (c >= '0' && c <= '9') {
                    run++;
                    digit = true;
                    continue;
                }
                boolean dotted = c == '.' && run > 0 && i + 1 < end && text[i + 1] >= '0' && text[i + 1] <= '9';
                if (run == 4 || dotted || (c >= 128 && Character.isDigit(c))) {
                    year = 1;
                }
                slash |= c == '/';
                run = 0;
            }
            if (run == 4 || (slash && digit)) {
                year = 1;
            }
        }
        return year == 1;
    }

    /**
     * False when the sentence surely holds no time expression, told from its characters: one needs a digit or one of
     * {@link TimeReader#triggers} ("in July", "during the year"). Read once.
     */
    boolean mayNameTime() {
        if (time == 0) {
            boolean digit = false;
            for (int i = start; i < end && !digit; i++) {
                char c = text[i];
                digit = (c >= '0' && c <= '9') || (c >= 128 && Character.isDigit(c));
            }
            time = digit || TimeReader.TRIGGERS.mayHold(TimeReader.TRIGGERS.lists(text, start, end), 0) ? (byte) 1 : 2;
        }
        return time == 1;
    }

    /**
     * True when one of the lower-case ASCII {@code words} stands in the sentence as a whole word, in any case. One pass
     * for all of them: this runs on the sentences after each figure, and a pass a word was a fifth of the time of a
     * report with no full stop, whose pieces mostly follow a figure.
     */
    boolean hasAnyWord(String... words) {
        boolean afterWord = false; // whether the character before i continues a word
        for (int i = start; i < end; i++) {
            if (!afterWord) {
                for (String w : words) {
                    int n = w.length();
                    int k = 0;
                    while (k < n && i + k < end && (text[i + k] | 0x20) == w.charAt(k)) {
                        k++;
                    }
                    if (k == n && (i + n == end || !Character.isLetterOrDigit(text[i + n]))) {
                        return true;
                    }
                }
            }
            char c = text[i];
            afterWord = Tokenizer.isLetterOrDigit(c);
        }
        return false;
    }

    /** True when a year stands before a bracket that opens with a digit: "2020 (1,381)". */
    boolean hasYearInBrackets() {
        for (int i = start + 6; i < end; i++) {
            if (text[i - 1] == '(' && Character.isDigit(text[i]) && text[i - 2] == ' ' && Character.isDigit(text[i - 3])
                    && Character.isDigit(text[i - 4]) && Character.isDigit(text[i - 5]) && Character.isDigit(text[i - 6])
                    && (i - 7 < start || !Character.isLetterOrDigit(text[i - 7]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A heading: marked so by the report's format (a web page's {@code <h2>}), or, in plain text, a short line
     * most of whose words are capitalised, with no closing punctuation.
     */
    public boolean heading() {
        return markedHeading || Segmenter.looksLikeHeading(text, start, end, tokens());
    }

    /** The report's format says this line is a heading, whatever its look ("Freedom of expression"). */
    void markHeading() {
        markedHeading = true;
    }

    @Override
    public String toString() {
        return "Sentence[" + start + ", " + end + ", paragraph " + paragraph + "]";
    }
}
