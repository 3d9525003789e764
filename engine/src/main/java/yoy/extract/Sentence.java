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

    /** True when the lower-case ASCII word {@code w} stands in the sentence as a whole word, in any case. */
    boolean hasWord(String w) {
        int n = w.length();
        for (int i = start; i + n <= end; i++) {
            if ((i == start || !Character.isLetterOrDigit(text[i - 1])) && (i + n == end || !Character.isLetterOrDigit(text[i + n]))) {
                int k = 0;
                while (k < n && (text[i + k] | 0x20) == w.charAt(k)) {
                    k++;
                }
                if (k == n) {
                    return true;
                }
            }
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
