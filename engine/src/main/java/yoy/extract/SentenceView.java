package yoy.extract;

import java.util.List;
import java.util.Set;

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
    /** The steps of the document being read (see {@link Work}). */
    final Work work;
    private List<TimeExpr> times;
    private int[] tokenWord;
    private int wordCount;
    private boolean[] clauseBreak;
    private boolean oneClause;
    private final PhraseIndex index;
    private PhraseIndex.Hits hits;
    private String quote;
    private String text;
    /** 0: not yet known; 1: an aside; 2: not. */
    private byte aside;

    /** {@code quantities}: the sentence's numbers as read, or none when the gate refused it (see {@link SentenceGate}). */
    SentenceView(Sentence sentence, PhraseIndex index, List<Quantity> quantities, Work work) {
        this.sentence = sentence;
        this.index = index;
        this.quantities = quantities;
        this.work = work;
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

    /**
     * True when the sentence is, or ends, an aside in brackets: it opens with "(" or "[", or closes a bracket it did
     * not open ("In 2016, thousands protested ...]."). Its times are the aside's, not the paragraph's. Found once.
     */
    boolean isAside() {
        if (aside == 0) {
            List<Token> t = tokens();
            boolean result = !t.isEmpty() && (t.get(0).is("(") || t.get(0).is("["));
            int depth = 0;
            work.steps += t.size();
            for (int i = 0; i < t.size() && !result; i++) {
                Token tok = t.get(i);
                depth += tok.is("(") || tok.is("[") ? 1 : tok.is(")") || tok.is("]") ? -1 : 0;
                result = depth < 0;
            }
            aside = (byte) (result ? 1 : 2);
        }
        return aside == 1;
    }

    /** Word positions, clause breaks and phrase hits are built on first use: most sentences hold no figure. */
    private void prepare() {
        if (hits != null) {
            return;
        }
        List<Token> tokens = tokens();
        int n = tokens.size();
        tokenWord = new int[n];
        clauseBreak = new boolean[n];
        int words = 0;
        oneClause = true;
        for (int i = 0; i < n; i++) {
            Token tok = tokens.get(i);
            tokenWord[i] = words;
            if (!tok.isPunct()) {
                words++;
                continue;
            }
            // Marks only: a word token starts with a letter or digit, never with ";" or ",".
            String w = tok.lower();
            if (w.equals(";") || (w.equals(",") && i + 1 < n && CLAUSE_LINKS.contains(tokens.get(i + 1).lower()))) {
                clauseBreak[i] = true;
                oneClause = false;
            }
        }
        wordCount = words;
        hits = index.hits(tokens, work);
        work.steps += n;
    }

    /** True once the phrase hits are made: asking about a list then costs no reading of the sentence. */
    boolean prepared() {
        return hits != null;
    }

    /** False when no phrase of list {@code cues} (numbered by the {@link PhraseIndex}) stands in the sentence. */
    boolean cued(int cues) {
        prepare();
        return hits.has(cues);
    }

    /** False when no cue of any measure stands anywhere in the sentence. */
    boolean anyCue() {
        prepare();
        return hits.anyCue();
    }

    /** False when no cue of indicator number {@code indicator} (in set order) stands in the sentence. */
    boolean mayCue(int indicator) {
        prepare();
        return hits.mayCue(indicator);
    }

    /**
     * The time expressions, read on first use: most sentences never need them. Every call counts their number as
     * {@link Work}: the callers go through them.
     */
    List<TimeExpr> times() {
        if (times == null) {
            times = TimeReader.read(tokens());
            work.steps += tokens().size();
        }
        work.steps += times.size();
        return times;
    }

    /** A segment mark, unless inside a time expression ("August 2 and 16, 2024"). */
    private boolean segmentBreak(List<Token> tokens, int i) {
        Token tok = tokens.get(i);
        // Marks only: every segment mark is a punctuation token, and most tokens are words.
        return (tok.tags() & WordTags.SEGMENT_MARK) != 0 && !insideTime(i);
    }

    /** True when the mark (a punctuation token's normalised text) ends a comma-delimited segment. */
    static boolean isSegmentMark(String mark) {
        return SEGMENT_MARKS.contains(mark);
    }

    private boolean insideTime(int i) {
        List<TimeExpr> times = times();
        for (int k = 0; k < times.size(); k++) {
            TimeExpr t = times.get(k);
            if (i > t.first() && i < t.last()) {
                return true;
            }
            if (i == t.last() + 1 && t.last() - t.first() >= 3 && tokens().get(t.last() - 1).is(",")
                    && t.first() > 0 && tokens().get(t.first() - 1).isWord()) {
                // "A court on January 31, 2023, convicted 22": the comma that closes a date written month, day, year
                // inside a clause belongs to the date.
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
        work.steps += to - from;
        return new int[] {from, to};
    }

    /** Token range [from, to) of the clause holding token {@code i}: cut at semicolons and ", but" and the like. */
    int[] clause(int i) {
        return new int[] {clauseStart(i), clauseEnd(i)};
    }

    /** First token of the clause holding token {@code i}. */
    int clauseStart(int i) {
        prepare();
        if (oneClause) {
            // Most sentences are one clause: no need to walk to the start.
            return 0;
        }
        int from = i;
        while (from > 0 && !clauseBreak[from - 1]) {
            from--;
        }
        work.steps += i - from;
        return from;
    }

    /** End (exclusive) of the clause holding token {@code i}. */
    int clauseEnd(int i) {
        prepare();
        int n = tokenWord.length;
        if (oneClause) {
            return n;
        }
        int to = i;
        while (to < n && !clauseBreak[to]) {
            to++;
        }
        work.steps += to - i;
        return to;
    }

    /** Word position of token {@code i}; past the last token, the number of words. */
    private int word(int i) {
        return i < tokenWord.length ? tokenWord[i] : wordCount;
    }

    /**
     * The nearest match of any phrase of list {@code phrases} (numbered by the {@link PhraseIndex}) within tokens
     * [from, to), as (word distance from token {@code anchor}) {@code << 32 |} (phrase index in the list), or -1.
     */
    long nearest(int phrases, int from, int to, int anchor) {
        prepare();
        return hits.nearest(phrases, word(from), word(to), tokenWord[Math.min(anchor, tokenWord.length - 1)]);
    }

    /** Length of the longest phrase of list {@code phrases} that matches wholly within tokens [from, to), or 0. */
    int longest(int phrases, int from, int to) {
        prepare();
        return hits.longest(phrases, tokenWord[from], word(to));
    }

    /** True when some phrase of list {@code phrases} matches wholly within tokens [from, to). */
    boolean any(int phrases, int from, int to) {
        prepare();
        return hits.any(phrases, word(from), word(to));
    }
}
