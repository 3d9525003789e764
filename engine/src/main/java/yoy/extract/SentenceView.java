package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import yoy.indicators.Phrase;

/**
 * A sentence prepared for matching: its words (punctuation dropped, so that cue phrases match across
 * quotes), its numbers and time expressions, and its clause and segment boundaries.
 */
final class SentenceView {

    private static final Set<String> CLAUSE_LINKS = Lexicon.words("but", "while", "whereas", "although", "though", "yet",
            "however");
    private static final Set<String> SEGMENT_MARKS = Lexicon.words(",", ";", ":", "(", ")", "—", "[", "]");

    final Sentence sentence;
    final List<Quantity> quantities;
    private List<TimeExpr> times;
    private List<String> words;
    private int[] tokenWord;
    private boolean[] clauseBreak;
    private final PhraseIndex index;
    private PhraseIndex.Hits hits;
    private String quote;
    private String text;

    /** {@code countsOnly}: read the numbers only of sentences that may hold a count (see {@link SentenceGate}). */
    SentenceView(Sentence sentence, PhraseIndex index, SentenceGate gate, boolean countsOnly) {
        this.sentence = sentence;
        this.index = index;
        // The cheap test first: tokenising and reading numbers is most of the cost of a sentence.
        this.quantities = sentence.mayYield(gate, countsOnly) ? NumberReader.read(sentence.tokens()) : List.of();
    }

    /**
     * The sentence's text, made once: every figure of the sentence quotes it, and a large run keeps
     * hundreds of thousands of quotes, so figures of one sentence share one string.
     */
    String quote(String documentText) {
        if (quote == null) {
            quote = documentText.substring(sentence.start(), sentence.end());
        }
        return quote;
    }

    /** The tokens joined as written, made once: every indicator with exclude patterns reads it. */
    String text() {
        if (text == null) {
            text = RuleMatcher.text(this, 0, tokens().size());
        }
        return text;
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    /** Words, clause breaks and phrase hits are built on first use: most sentences hold no figure. */
    private void prepare() {
        if (words != null) {
            return;
        }
        List<Token> tokens = tokens();
        words = new ArrayList<>(tokens.size());
        tokenWord = new int[tokens.size()];
        clauseBreak = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            tokenWord[i] = words.size();
            if (!tok.isPunct()) {
                words.add(tok.lower());
            }
            String w = tok.lower();
            if (w.equals(";") || (w.equals(",") && i + 1 < tokens.size() && CLAUSE_LINKS.contains(tokens.get(i + 1).lower()))) {
                clauseBreak[i] = true;
            }
        }
        hits = index.hits(words);
    }

    /** False when no cue of the measure stands anywhere in the sentence: the measure cannot apply. */
    boolean cued(yoy.indicators.Measure m) {
        prepare();
        return hits.cuedMeasures().get(index.measureIndex(m));
    }

    /** The time expressions, read on first use: most sentences never need them. */
    List<TimeExpr> times() {
        if (times == null) {
            times = TimeReader.read(tokens());
        }
        return times;
    }

    /** A segment mark, unless inside a time expression ("August 2 and 16, 2024"). */
    private boolean segmentBreak(List<Token> tokens, int i) {
        Token tok = tokens.get(i);
        // Marks only: every segment mark is a punctuation token, and most tokens are words.
        return tok.isPunct() && SEGMENT_MARKS.contains(tok.lower()) && !insideTime(i);
    }

    private boolean insideTime(int i) {
        List<TimeExpr> times = times();
        for (int k = 0; k < times.size(); k++) {
            TimeExpr t = times.get(k);
            if (i > t.first() && i < t.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token range [from, to) of the comma-delimited segment holding token {@code i}. Walked out from {@code i}
     * to the nearest breaks, not read off breaks marked over the whole sentence: a figure's segment is a
     * few tokens of a long sentence, and each sentence's segments are sought once or twice.
     */
    int[] segment(int i) {
        List<Token> tokens = tokens();
        int from = i;
        while (from > 0 && !segmentBreak(tokens, from - 1)) {
            from--;
        }
        int to = i;
        int n = tokens.size();
        while (to < n && !segmentBreak(tokens, to)) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Token range [from, to) of the clause holding token {@code i}: cut at semicolons and ", but" and the like. */
    int[] clause(int i) {
        prepare();
        return range(i, clauseBreak);
    }

    private int[] range(int i, boolean[] breaks) {
        int from = i;
        while (from > 0 && !breaks[from - 1]) {
            from--;
        }
        int to = i;
        while (to < tokens().size() && !breaks[to]) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * The nearest match of any phrase within tokens [from, to), as {word distance from token
     * {@code anchor}, phrase index}, or null.
     */
    int[] nearest(List<Phrase> phrases, int from, int to, int anchor) {
        prepare();
        int wFrom = from < tokens().size() ? tokenWord[from] : words.size();
        int wTo = to < tokens().size() ? tokenWord[to] : words.size();
        int anchorWord = tokenWord[Math.min(anchor, tokens().size() - 1)];
        int[] best = null;
        int[] ids = index.ids(phrases);
        for (int p = 0; p < ids.length; p++) {
            int[] at = hits.of(ids[p]);
            if (at == null) {
                continue;
            }
            Phrase phrase = phrases.get(p);
            for (int w : at) {
                if (w >= wFrom && w + phrase.length() <= wTo) {
                    int d = w > anchorWord ? w - anchorWord : Math.max(0, anchorWord - (w + phrase.length() - 1));
                    if (best == null || d < best[0]) {
                        best = new int[] {d, p};
                    }
                }
            }
        }
        return best;
    }

    /** Length of the longest phrase that matches wholly within tokens [from, to), or 0. */
    int longest(List<Phrase> phrases, int from, int to) {
        prepare();
        int wFrom = tokenWord[from];
        int wTo = to < tokens().size() ? tokenWord[to] : words.size();
        int best = 0;
        int[] ids = index.ids(phrases);
        for (int p = 0; p < ids.length; p++) {
            Phrase phrase = phrases.get(p);
            int[] at = hits.of(ids[p]);
            if (at != null && phrase.length() > best) {
                for (int w : at) {
                    if (w >= wFrom && w + phrase.length() <= wTo) {
                        best = phrase.length();
                        break;
                    }
                }
            }
        }
        return best;
    }

    boolean any(List<Phrase> phrases, int from, int to) {
        return nearest(phrases, from, to, from) != null;
    }
}
