package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.indicators.Measure;
import yoy.indicators.Phrase;
import yoy.indicators.Topic;

/**
 * Applies the rules of {@code indicators.yaml} to one number: its counted noun must be one of the
 * measure's nouns (or it stands alone and the measure allows that), a cue must stand in its clause,
 * the topic words must stand within the topic's window, and no exclusion may match. Among the
 * measures that accept it, the most specific noun wins, then the nearest cue.
 */
final class RuleMatcher {

    private final IndicatorSet indicators;
    private final PhraseIndex index;
    private final SentenceGate gate;

    RuleMatcher(IndicatorSet indicators) {
        this.indicators = indicators;
        this.index = new PhraseIndex(indicators);
        this.gate = SentenceGate.of(indicators);
    }

    PhraseIndex index() {
        return index;
    }

    /** The test that spares sentences which cannot satisfy any rule. */
    SentenceGate gate() {
        return gate;
    }

    /**
     * The best rule for the number, or null. {@code nearMiss} receives (indicator id, reason) for
     * indicators whose topic or cues were present but which refused the number.
     */
    RuleMatch match(List<SentenceView> paragraph, SentenceView s, Quantity q, BiConsumer<String, String> nearMiss) {
        CountedNoun noun = CountedNoun.of(s, q);
        int[] clause = s.clause(q.first());
        RuleMatch best = null;
        for (Indicator ind : indicators.indicators()) {
            RuleMatch m = matchIndicator(ind, paragraph, s, q, noun, clause, nearMiss);
            if (m != null && (best == null || m.score() > best.score())) {
                best = m;
            }
        }
        return best;
    }

    /** Ids of the indicators one of whose measures has a cue in the number's clause. */
    List<String> indicatorsCuedNear(SentenceView s, Quantity q) {
        int[] clause = s.clause(q.first());
        List<String> out = new ArrayList<>();
        for (Indicator ind : indicators.indicators()) {
            for (Measure m : ind.measures()) {
                if (s.any(m.cues(), clause[0], clause[1])) {
                    out.add(ind.id());
                    break;
                }
            }
        }
        return out;
    }

    private RuleMatch matchIndicator(Indicator ind, List<SentenceView> paragraph, SentenceView s, Quantity q,
            CountedNoun noun, int[] clause, BiConsumer<String, String> nearMiss) {
        RuleMatch best = null;
        String firstReason = null;
        boolean cueSeen = false;
        List<Measure> measures = ind.measures();
        // Indexed, not for-each: this runs for every indicator and figure, and the iterator was not optimised away.
        for (int k = 0; k < measures.size(); k++) {
            Measure m = measures.get(k);
            if (!s.cued(m)) {
                continue;
            }
            int[] cue = s.nearest(m.cues(), clause[0], clause[1], q.first());
            if (cue == null) {
                continue;
            }
            cueSeen = true;
            String reason = refusal(ind, m, paragraph, s, q, noun, clause, nearMiss != null);
            if (reason != null) {
                firstReason = firstReason == null ? reason : firstReason;
                continue;
            }
            int nounLength = nounMatchLength(s, m.nouns(), noun);
            int score = 1000 * nounLength - cue[0];
            if (best == null || score > best.score()) {
                List<String> cues = new ArrayList<>();
                cues.add(m.cues().get(cue[1]).text());
                best = new RuleMatch(ind, m, score, cues);
            }
        }
        if (best == null && cueSeen && nearMiss != null) {
            nearMiss.accept(ind.id(), firstReason);
        }
        return best;
    }

    /** Stands for every reason when nobody listens for near misses: spelling reasons out is costly. */
    private static final String REFUSED = "refused";

    /**
     * Why measure {@code m} refuses the number, or null when it accepts it. The reason is spelled out only when
     * {@code explain}; otherwise any refusal is {@link #REFUSED}.
     */
    private static String refusal(Indicator ind, Measure m, List<SentenceView> paragraph, SentenceView s, Quantity q,
            CountedNoun noun, int[] clause, boolean explain) {
        boolean pronounOk = noun.pronoun() && countsPeople(m) && cueFollows(s, m, q, clause);
        if (nounMatchLength(s, m.nouns(), noun) == 0 && !(m.bareNumber() && noun.bare()) && !pronounOk) {
            return !explain ? REFUSED : "counted noun '" + text(s, noun.headFrom(), noun.headTo()) + "' is not one of measure "
                    + m.id() + "'s nouns";
        }
        if (!m.requires().isEmpty() && !s.any(m.requires(), clause[0], clause[1])) {
            return !explain ? REFUSED : "none of measure " + m.id() + "'s required words stands in the clause";
        }
        if (!m.nounRequires().isEmpty() && !s.any(m.nounRequires(), noun.headFrom(), noun.extendedTo())) {
            return !explain ? REFUSED : "none of measure " + m.id() + "'s noun_requires words stands in the noun phrase";
        }
        Topic topic = m.topic() != null ? m.topic() : ind.topic();
        if (!topic.isNone() && !topicPresent(topic, paragraph, s, q, clause)) {
            return !explain ? REFUSED : "no topic word (" + topic.any().get(0).text() + ", ...) within the " + topic.window().code();
        }
        if (!ind.exclude().isEmpty() && s.any(ind.exclude(), clause[0], clause[1])) {
            return !explain ? REFUSED : "an exclusion of " + ind.id() + " matches the clause";
        }
        String sentenceText = ind.excludePatterns().isEmpty() ? "" : s.text();
        for (Pattern p : ind.excludePatterns()) {
            if (RegexGuard.find(p, sentenceText, ind.id())) {
                return !explain ? REFUSED : "exclude_regex " + p.pattern() + " matches the sentence";
            }
        }
        return null;
    }

    private static final List<String> GENERIC_PEOPLE = List.of("people", "persons", "individuals");

    /** "six of whom", "seven of them" stand for people: only measures that count people in general take them. */
    private static boolean countsPeople(Measure m) {
        for (Phrase p : m.nouns()) {
            if (p.length() == 1 && GENERIC_PEOPLE.contains(p.words().get(0))) {
                return true;
            }
        }
        return false;
    }

    /** For a pronoun count the cue must follow it ("six of whom were fined"), not precede it in another clause. */
    private static boolean cueFollows(SentenceView s, Measure m, Quantity q, int[] clause) {
        return s.any(m.cues(), q.last() + 1, clause[1]);
    }

    private static boolean topicPresent(Topic topic, List<SentenceView> paragraph, SentenceView s, Quantity q,
            int[] clause) {
        return switch (topic.window()) {
            case CLAUSE -> s.any(topic.any(), clause[0], clause[1]);
            case SENTENCE -> s.any(topic.any(), 0, s.tokens().size());
            case PARAGRAPH -> {
                for (SentenceView p : paragraph) {
                    if (p.any(topic.any(), 0, p.tokens().size())) {
                        yield true;
                    }
                    if (p == s) {
                        break;
                    }
                }
                yield false;
            }
        };
    }

    /** Length in words of the longest noun phrase of the measure found in the head noun phrase, or 0. */
    private static int nounMatchLength(SentenceView s, List<Phrase> nouns, CountedNoun noun) {
        if (noun.headFrom() >= s.tokens().size() || noun.headTo() <= noun.headFrom()) {
            return 0;
        }
        return s.longest(nouns, noun.headFrom(), noun.headTo());
    }

    static String text(SentenceView s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to && i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (sb.length() > 0 && !t.glued()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
