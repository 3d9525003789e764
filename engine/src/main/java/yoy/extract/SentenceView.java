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

    private static final Set<String> CLAUSE_LINKS = Set.of("but", "while", "whereas", "although", "though", "yet",
            "however");
    private static final Set<String> SEGMENT_MARKS = Set.of(",", ";", ":", "(", ")", "—", "[", "]");

    final Sentence sentence;
    final List<Token> tokens;
    final List<Quantity> quantities;
    final List<TimeExpr> times;
    final List<String> words = new ArrayList<>();
    final int[] wordToken;
    final int[] tokenWord;
    private final boolean[] segmentBreak;
    private final boolean[] clauseBreak;

    SentenceView(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.quantities = NumberReader.read(tokens);
        this.times = TimeReader.read(tokens);
        this.tokenWord = new int[tokens.size()];
        List<Integer> wt = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            tokenWord[i] = words.size();
            if (!tokens.get(i).isPunct()) {
                words.add(tokens.get(i).lower());
                wt.add(i);
            }
        }
        this.wordToken = wt.stream().mapToInt(Integer::intValue).toArray();
        this.segmentBreak = new boolean[tokens.size()];
        this.clauseBreak = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).lower();
            if (SEGMENT_MARKS.contains(w) && !insideTime(i)) {
                segmentBreak[i] = true;
            }
            if (w.equals(";") || (w.equals(",") && i + 1 < tokens.size() && CLAUSE_LINKS.contains(tokens.get(i + 1).lower()))) {
                clauseBreak[i] = true;
            }
        }
    }

    private boolean insideTime(int i) {
        for (TimeExpr t : times) {
            if (i > t.first() && i < t.last()) {
                return true;
            }
        }
        return false;
    }

    /** Token range [from, to) of the comma-delimited segment holding token {@code i}. */
    int[] segment(int i) {
        return range(i, segmentBreak);
    }

    /** Token range [from, to) of the clause holding token {@code i}: cut at semicolons and ", but" and the like. */
    int[] clause(int i) {
        return range(i, clauseBreak);
    }

    private int[] range(int i, boolean[] breaks) {
        int from = i;
        while (from > 0 && !breaks[from - 1]) {
            from--;
        }
        int to = i;
        while (to < tokens.size() && !breaks[to]) {
            to++;
        }
        return new int[] {from, to};
    }

    /**
     * The nearest match of any phrase within tokens [from, to), as {word distance from token
     * {@code anchor}, phrase index}, or null.
     */
    int[] nearest(List<Phrase> phrases, int from, int to, int anchor) {
        int wFrom = from < tokens.size() ? tokenWord[from] : words.size();
        int wTo = to < tokens.size() ? tokenWord[to] : words.size();
        int anchorWord = tokenWord[Math.min(anchor, tokens.size() - 1)];
        int[] best = null;
        for (int p = 0; p < phrases.size(); p++) {
            Phrase phrase = phrases.get(p);
            for (int w = wFrom; w + phrase.length() <= wTo; w++) {
                if (phrase.matchesAt(words, w)) {
                    int d = w > anchorWord ? w - anchorWord : Math.max(0, anchorWord - (w + phrase.length() - 1));
                    if (best == null || d < best[0]) {
                        best = new int[] {d, p};
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
