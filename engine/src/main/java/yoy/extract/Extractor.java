package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import yoy.corpus.Document;
import yoy.corpus.Layout;
import yoy.indicators.IndicatorSet;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.SourceSpan;

/**
 * Finds the figures of every indicator in one document: sentences → numbers (mentions) → rules →
 * dated observations. Thread-safe; holds no per-document state.
 */
public final class Extractor {

    private final RuleMatcher rules;

    public Extractor(IndicatorSet indicators) {
        this.rules = new RuleMatcher(indicators);
    }

    /** Observations in document order. */
    public List<Observation> extract(Document doc) {
        Collecting found = new Collecting();
        run(doc, found);
        return found.observations;
    }

    /** Runs extraction, telling {@code trace} every figure taken and every near miss with its reason. */
    public void run(Document doc, Trace trace) {
        Paragraph paragraph = new Paragraph(rules.index());
        int currentParagraph = -1;
        // Near misses include numbers that are not counts, such as years: then every number is read.
        boolean countsOnly = !trace.wantsNearMisses();
        String docText = doc.text();
        char[] text = buffer(docText.length());
        docText.getChars(0, docText.length(), text, 0);
        List<Sentence> sentences = Segmenter.split(text, docText.length());
        markHeadings(sentences, doc.layout());
        paragraph.start(doc.meta(), opening(doc, sentences, paragraph.work));
        Restatement headlines = new Restatement();
        Figure last = null; // the last figure of the sentence just before, in the same paragraph
        Figure paragraphLast = null; // the last figure of the paragraph so far
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            paragraph.work.steps++;
            if (i > 0) {
                // The paragraph keeps what it needs of the sentences before: let the others (their tokens) go, or a
                // report of megabytes holds all of its tokens until it is read.
                sentences.set(i - 1, null);
            }
            if (sentence.paragraph() != currentParagraph) {
                // One paragraph for the document, emptied: the rules read it only while this sentence is looked at.
                paragraph.clear();
                currentParagraph = sentence.paragraph();
                last = null;
                paragraphLast = null;
            }
            // The cheap test first: tokenising and reading numbers is most of the cost of a sentence. A sentence with no
            // cue may still set a number against the figure just before it ("That was a rise from 30 a year ago.").
            if (!sentence.mayYield(rules.gate(), countsOnly) && !(last != null && setsAgainst(sentence))
                    && !(paragraphLast != null && sentence.hasYearInBrackets())) {
                paragraph.add(sentence, null);
                last = null;
                continue;
            }
            SentenceView view = new SentenceView(sentence, rules.index(), NumberReader.read(sentence.tokens()), paragraph.work);
            paragraph.work.steps += sentence.tokens().size();
            paragraph.add(sentence, view);
            boolean headline = i < HEADLINE_LINES && isHeadline(sentence, i + 1 < sentences.size() ? sentences.get(i + 1) : null);
            last = sentence(doc, paragraph, view, trace, headline, headlines, last, paragraphLast);
            paragraphLast = last != null ? last : paragraphLast;
        }
        if (!headlines.isEmpty()) {
            headlines.release((o, sentence, rule, dating, stated) -> {
                if (stated == null) {
                    trace.accepted(o, rule, dating);
                } else if (trace.wantsNearMisses()) {
                    trace.rejected(o.indicator(), doc, sentence, o.numberStart(), o.numberEnd(),
                            "a headline that rounds the figure " + stated.source().quote().substring(
                                    stated.numberStart() - stated.source().start(), stated.numberEnd() - stated.source().start())
                            + " stated below it");
                }
            });
            if (trace instanceof Collecting collecting) {
                collecting.observations.sort(java.util.Comparator.comparingInt(Observation::numberStart));
            }
        }
        trace.work(paragraph.work.steps);
    }

    /** Headings the report's format names (a web page's or a PDF's) are headings whatever they look like. */
    private static void markHeadings(List<Sentence> sentences, Layout layout) {
        if (layout.isEmpty()) {
            return;
        }
        for (Sentence s : sentences) {
            if (layout.headingAt(s.start())) {
                s.markHeading();
            }
        }
    }

    /** A headline stands among the first lines of a page, after a section name or a date at most. */
    private static final int HEADLINE_LINES = 5;

    /**
     * A line of its own with no closing punctuation, such as a news headline: "Over 560 people detained during Sunday
     * protests". The next sentence starts a new paragraph.
     */
    private static boolean isHeadline(Sentence s, Sentence next) {
        if (next != null && next.paragraph() == s.paragraph()) {
            return false;
        }
        List<Token> t = s.tokens();
        if (t.isEmpty() || t.size() > 25) {
            return false;
        }
        String last = t.get(t.size() - 1).lower();
        return !(last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"") || last.equals("”")
                || last.equals(":") || last.equals(";"));
    }

    /**
     * Views of the document's title and, when it is a headline, its first line: see {@link Paragraph#opening()}. A
     * first sentence of running text may open one section of several, so it does not count.
     */
    private List<SentenceView> opening(Document doc, List<Sentence> sentences, Work work) {
        List<SentenceView> out = new ArrayList<>(2);
        String title = doc.meta().title();
        if (title != null && !title.isBlank()) {
            char[] chars = title.toCharArray();
            out.add(new SentenceView(new Sentence(chars, 0, chars.length, -1), rules.index(), List.of(), work));
        }
        if (!sentences.isEmpty() && sentences.get(0).heading()) {
            out.add(new SentenceView(sentences.get(0), rules.index(), List.of(), work));
        }
        return out;
    }

    /**
     * Per thread, one buffer for the characters of the document being read, reused from one document to the
     * next: a fresh copy of each document was a quarter of all that extraction allocated. The sentences made
     * from it are used only while {@link #run} runs (a trace gets their offsets, never their characters later).
     */
    private static final ThreadLocal<char[][]> BUFFER = ThreadLocal.withInitial(() -> new char[1][0]);

    private static char[] buffer(int length) {
        char[][] holder = BUFFER.get();
        if (holder[0].length < length) {
            holder[0] = new char[Math.max(length, holder[0].length * 2)];
        }
        return holder[0];
    }

    /**
     * A word a sentence with no cue needs to set a number against the figure before it ("a rise from", "this figure
     * was"), or a year with its count in brackets ("between 2020 (1,381) and 2021 (1,774)").
     */
    private static boolean setsAgainst(Sentence sentence) {
        return sentence.hasAnyWord("from", "figure", "number") || sentence.hasYearInBrackets();
    }

    /** A figure taken, and the rule that took it: what a later number may carry on. */
    private record Figure(Observation observation, RuleMatch match) {
    }

    /**
     * Takes the figures of one sentence; returns its last one, or null. {@code before} is the last figure of the
     * sentence just before it in the paragraph: a number set against it ("That was a rise from 30 a year ago.")
     * counts the same thing. {@code earlier} is the paragraph's last figure, which a year's count in brackets
     * carries on.
     */
    private Figure sentence(Document doc, Paragraph paragraph, SentenceView s, Trace trace, boolean headline,
            Restatement headlines, Figure before, Figure earlier) {
        Observation previous = null;
        RuleMatch previousMatch = null;
        Quantity previousQuantity = null;
        boolean first = true;
        // Whether the last count of the sentence was taken: "including two children" is a part of it, and goes with it.
        boolean lastCountTaken = false;
        boolean anyCount = false;
        // Indexed, not for-each: the iterator escaped here and was allocated for every sentence.
        s.work.steps += s.quantities.size();
        for (int k = 0; k < s.quantities.size(); k++) {
            Quantity q = s.quantities.get(k);
            int numberStart = s.tokens().get(q.qualifierFirst()).start();
            int numberEnd = s.tokens().get(q.last()).end();
            if (!q.isCount()) {
                nearMisses(trace, doc, s, q, "not a count: " + q.rejection());
                continue;
            }
            boolean wholeTaken = lastCountTaken;
            boolean part = anyCount && isSubset(s, q);
            anyCount = true;
            lastCountTaken = false;
            if (part && !wholeTaken) {
                nearMisses(trace, doc, s, q, "a part of the number before it, which was not taken");
                continue;
            }
            RuleMatch match = rules.match(paragraph, s, q, !trace.wantsNearMisses() ? null
                    : (indicator, reason) -> trace.rejected(indicator, doc, s.sentence, numberStart, numberEnd, reason));
            Period antecedent = null;
            if (first && match == null && before != null && isComparison(s, q)) {
                previousMatch = before.match();
                previous = before.observation();
            } else if (first && match == null && earlier != null && isYearInBrackets(s, q)) {
                // "Previously, the record was between 2020 (1,381) and 2021 (1,774).": the paragraph's count, by year.
                previousMatch = earlier.match();
            }
            first = false;
            // A comparison counts what the figure before it counts, even where a rule of its own would take it.
            if (previousMatch != null && (isComparison(s, q) || isOfThemAgain(s, q)
                    || (match == null && (isEllipsis(s, q) || sameNounAgain(s, q, previousQuantity))))) {
                match = previousMatch;
                antecedent = previous.period();
            } else if (previousMatch != null && match == null && isYearBreakdown(s, q)) {
                // "more than 40 appeals (2021 - 24 appeals, 2022 - 16 appeals)": the total by year, each with its own year.
                match = previousMatch;
            }
            if (match == null) {
                continue;
            }
            if (part && match.indicator() == previousMatch.indicator() && match.measure() == previousMatch.measure()) {
                // "including 44 children": a part counted as the whole is. A part with a measure of its own ("21 people
                // were killed, including four officers") is a figure.
                continue;
            }
            lastCountTaken = true;
            paragraph.taken(match.indicator());
            Dating dating = YearResolver.resolve(paragraph, s, q, match.measure().yearAnchor(), doc.meta().coverageYear(),
                    antecedent);
            if (dating == null) {
                if (trace.wantsNearMisses()) {
                    trace.rejected(match.indicator().id(), doc, s.sentence, numberStart, numberEnd,
                            "the first count of a change, with no time of its own");
                }
                continue;
            }
            Observation o = observation(doc, s, q, match, dating);
            if (headlines.hold(o, s.sentence, headline, trace instanceof Collecting ? null : match.describe(), dating.rule())) {
                // Decided once the body is read: see Restatement.
            } else if (trace instanceof Collecting collecting) {
                // Only the observation is kept: the rule's description is not made for every figure of a batch.
                collecting.observations.add(o);
            } else {
                trace.accepted(o, match.describe(), dating.rule());
            }
            previous = o;
            previousMatch = match;
            previousQuantity = q;
        }
        return previous == null ? null : new Figure(previous, previousMatch);
    }

    /** Tells {@code trace}, when it listens, that every indicator cued near the number refused it for {@code reason}. */
    private void nearMisses(Trace trace, Document doc, SentenceView s, Quantity q, String reason) {
        if (trace.wantsNearMisses()) {
            int start = s.tokens().get(q.qualifierFirst()).start();
            int end = s.tokens().get(q.last()).end();
            for (String indicator : rules.indicatorsCuedNear(s, q)) {
                trace.rejected(indicator, doc, s.sentence, start, end, reason);
            }
        }
    }

    /**
     * "compared to 66", "versus 40", "up from 12", "That was a rise from 30 a year ago", "down from a high of 81": the
     * figure counts the same thing as the one before it.
     */
    private static boolean isComparison(SentenceView s, Quantity q) {
        int k = q.qualifierFirst();
        List<Token> t = s.tokens();
        String prev = NumberReader.lower(t, k - 1);
        String before = NumberReader.lower(t, k - 2);
        if (prev.equals("of") && EXTREMES.contains(before) && NumberReader.is(t, k - 3, "a") && NumberReader.is(t, k - 4, "from")) {
            before = NumberReader.lower(t, k - 5);
            prev = "from";
        }
        return prev.equals("versus") || prev.equals("vs") || prev.equals("против")
                || ((prev.equals("to") || prev.equals("with")) && before.equals("compared"))
                || (prev.equals("from") && (CHANGES_FROM.contains(before) || changeToBefore(t, k - 1)))
                // "In 2019, this figure was 213": the same figure at another time.
                || ((prev.equals("was") || prev.equals("were") || prev.equals("is")) && (before.equals("figure") || before.equals("number"))
                        && (NumberReader.is(t, k - 3, "this") || NumberReader.is(t, k - 3, "the")
                                || (NumberReader.is(t, k - 4, "the") && SAME_FIGURE.contains(NumberReader.lower(t, k - 3))))
                        && !NumberReader.is(t, q.last() + 1, "times")); // not "This figure is 20 times smaller"
    }

    /** "The corresponding figure was more than 15 in 2014": the same figure, at another time. */
    private static final java.util.Set<String> SAME_FIGURE = Lexicon.words("corresponding", "same", "similar",
            "comparable", "equivalent");

    /** "the fall to 47 journalists in jail from 68 last year": a change to a count stands a few words before "from". */
    private static boolean changeToBefore(List<Token> t, int from) {
        for (int k = from - 1; k >= Math.max(1, from - 8) && !t.get(k).isPunct(); k--) {
            if (t.get(k).lower().equals("to") && CHANGE_VERBS.contains(t.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words before "from N" that set N against the figure before it: "up from", "a rise from". */
    private static final java.util.Set<String> CHANGES_FROM = Lexicon.words("up", "down", "rise", "increase", "decrease",
            "drop", "fall", "decline", "jump");

    /** "down from a high of 81": the extreme a figure is set against. */
    private static final java.util.Set<String> EXTREMES = Lexicon.words("high", "peak", "record", "low");

    /**
     * "in 2023, 124 cases of torture were registered, and in 2024, 151 cases": a figure with no cue of its own whose
     * noun is the noun of the figure before it in the sentence counts the same thing.
     */
    private static boolean sameNounAgain(SentenceView s, Quantity q, Quantity before) {
        if (before == null) {
            return false;
        }
        CountedNoun mine = CountedNoun.of(s, q);
        CountedNoun theirs = CountedNoun.of(s, before);
        if (mine.bare() || theirs.bare() || mine.headTo() <= mine.headFrom() || theirs.headTo() <= theirs.headFrom()) {
            return false;
        }
        if (mine.headFrom() == theirs.headFrom()) {
            // "141 of the 363 murders": the part is counted by the total's own noun, which is not said again.
            return false;
        }
        String after = NumberReader.lower(s.tokens(), mine.headTo());
        if (Lexicon.AUXILIARIES.contains(after) || Lexicon.SUBJECT_VERBS.contains(after) || after.endsWith("ed")) {
            // "40 women were killed while 25 women have been subjected to ...": a verb of its own, another count.
            return false;
        }
        String a = s.tokens().get(mine.headTo() - 1).lower();
        String b = s.tokens().get(theirs.headTo() - 1).lower();
        return a.equals(b) && a.length() > 2;
    }

    /**
     * "2021 - 24", "for the whole of 2021 – 233", "in 2020 146", "between 2020 (1,381) and 2021 (1,774)": a year, a
     * dash, colon or bracket, then the figure.
     */
    private static boolean isYearBreakdown(SentenceView s, Quantity q) {
        int k = q.qualifierFirst();
        if (k >= 2 && NumberReader.isYearToken(s.tokens().get(k - 1)) && NumberReader.is(s.tokens(), k - 2, "in")) {
            return true;
        }
        if (isYearInBrackets(s, q)) {
            return true;
        }
        String mark = NumberReader.lower(s.tokens(), k - 1);
        if (!(mark.equals("-") || mark.equals("–") || mark.equals("—") || mark.equals(":")) || k < 2) {
            return false;
        }
        return NumberReader.isYearToken(s.tokens().get(k - 2));
    }

    /** "2020 (1,381)": a year, then the figure alone in brackets. */
    private static boolean isYearInBrackets(SentenceView s, Quantity q) {
        return NumberReader.yearBeforeBracket(s.tokens(), q.qualifierFirst()) > 0 && NumberReader.is(s.tokens(), q.last() + 1, ")");
    }

    /** "including 44 children", "among them 12 women": part of the figure before it, not a figure of its own. */
    private static boolean isSubset(SentenceView s, Quantity q) {
        String prev = NumberReader.lower(s.tokens(), q.qualifierFirst() - 1);
        return prev.equals("including") || prev.equals("includes") || prev.equals("include")
                || (prev.equals("them") && NumberReader.is(s.tokens(), q.qualifierFirst() - 2, "among"));
    }

    /**
     * "62 prisoners were serving sentences in 2010; there were already 191 of them in 2017": the same people counted
     * again, at another time. Not "... and the authorities executed eight of them": a verb of its own before it says
     * what happened to those.
     */
    private static boolean isOfThemAgain(SentenceView s, Quantity q) {
        String prev = NumberReader.lower(s.tokens(), q.qualifierFirst() - 1);
        return NumberReader.is(s.tokens(), q.last() + 1, "of") && PRONOUNS.contains(NumberReader.lower(s.tokens(), q.last() + 2))
                && !NumberReader.is(s.tokens(), q.last() + 2, "whom") && !prev.endsWith("ed")
                && (prev.equals("were") || prev.equals("was") || prev.equals("are") || prev.equals("already") || prev.equals("now"));
    }

    /**
     * "more than 1,000 people in March, and more than 1,700 in June": a figure coordinated with the one
     * before it, with no noun of its own, counts the same thing.
     */
    private static boolean isEllipsis(SentenceView s, Quantity q) {
        int k = q.qualifierFirst();
        String prev = NumberReader.lower(s.tokens(), k - 1);
        String next = NumberReader.lower(s.tokens(), q.last() + 1);
        String before = NumberReader.lower(s.tokens(), k - 2);
        if (next.equals("more") && !Lexicon.SUBJECT_VERBS.contains(NumberReader.lower(s.tokens(), q.last() + 2))
                && !Lexicon.OTHER_OUTCOMES.contains(NumberReader.lower(s.tokens(), q.last() + 2))) {
            // "274 individuals in 2023, followed by 41 more in 2024": more of the same. Not "21 people died and hundreds
            // more suffered injuries": a verb of their own, another count.
            return true;
        }
        int in = next.equals("of") && NumberReader.is(s.tokens(), q.last() + 2, "them") ? q.last() + 3 : q.last() + 1;
        if ((prev.equals("(") || prev.equals(",")) && NumberReader.is(s.tokens(), in, "in") && in + 1 < s.tokens().size()
                && NumberReader.isYearToken(s.tokens().get(in + 1))) {
            // "18 appeals (9 in 2016, 9 in 2017, 13 in 2018)", "more than 100 women …, 21 of them in 2020 alone": the
            // same count, year by year.
            return true;
        }
        if (!(ELLIPSIS_LINKS.contains(prev) || (prev.equals("to") && (CHANGE_VERBS.contains(before) || TOTALS.contains(before)))
                || ((prev.equals("were") || prev.equals("was")) && (before.equals("there") || before.equals("it")))
                || (prev.equals("at") && (before.equals("stands") || before.equals("stood") || before.equals("stand"))))) {
            return false;
        }
        if (Lexicon.SUBJECT_VERBS.contains(next) && Lexicon.OTHER_OUTCOMES.contains(NumberReader.lower(s.tokens(), q.last() + 2))) {
            // "nine people were killed and at least 25 were wounded": a verb of its own, another count.
            return false;
        }
        return next.isEmpty() || Lexicon.SUBJECT_VERBS.contains(next) || next.equals("in") || next.equals("during") || next.equals("by") || next.equals(".")
                || next.equals(",") || next.equals(";") || next.equals("the") && NumberReader.is(s.tokens(), q.last() + 2, "year");
    }

    private static final java.util.Set<String> PRONOUNS = Lexicon.words("them", "these", "those", "whom");

    /** Words before a number that carry on the figure before it: "and 42", "another 39", "now it holds 117". */
    private static final java.util.Set<String> ELLIPSIS_LINKS = Lexicon.words("and", "while", "but", "whereas", "another",
            "contain", "contains", "contained", "hold", "holds", "reached", "totals", "totalled", "totaled", "numbered");

    /** "bringing the total number to 29": the new total of what the figure before counts. */
    private static final java.util.Set<String> TOTALS = Lexicon.words("total", "number", "tally", "count", "figure");

    /** "... rose to 969": a change verb before "to" carries on the figure before it. */
    private static final java.util.Set<String> CHANGE_VERBS = NumberReader.CHANGE_VERBS;

    private static Observation observation(Document doc, SentenceView s, Quantity q, RuleMatch match, Dating dating) {
        Sentence sentence = s.sentence;
        int numberStart = s.tokens().get(q.first()).start();
        SourceSpan span = new SourceSpan(doc.file(), sentence.start(), sentence.end(), s.quote(doc.text()),
                doc.locationAt(numberStart));
        Interval interval = q.interval();
        return new Observation(match.indicator().id(), match.measure().id(), dating.year(), interval, dating.period(),
                doc.meta().publisher(), span, numberStart, s.tokens().get(q.last()).end(),
                match.cues());
    }

    /** The trace of {@link #extract}: the observations, nothing else. */
    private static final class Collecting implements Trace {
        final List<Observation> observations = new ArrayList<>();

        @Override
        public void accepted(Observation observation, String rule, String dating) {
            observations.add(observation);
        }
    }

    /** Receives what extraction decides, for {@code explain}. */
    public interface Trace {
        void accepted(Observation observation, String rule, String dating);

        /**
         * A near miss: a number in a clause where {@code indicator}'s cues stand, refused with {@code reason}
         * (not a count at all, or refused by the indicator's rules).
         */
        default void rejected(String indicator, Document doc, Sentence sentence, int numberStart, int numberEnd,
                String reason) {
        }

        /**
         * The steps the document took (see {@code Work}): tokens and sentences visited by the loops that would grow
         * faster than the text without their windows and caps. Told once, when the document is read.
         */
        default void work(long steps) {
        }

        /** Near misses cost extra work, so they are only looked for when asked. */
        default boolean wantsNearMisses() {
            return false;
        }
    }
}
