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
import yoy.indicators.Window;

/**
 * Applies the rules of {@code indicators.yaml} to one number: its counted noun must be one of the
 * measure's nouns or of a kind it counts (or it stands alone and the measure allows that), a cue must stand
 * in its clause, the topic words must stand within the topic's window (for a paragraph window, the document's
 * title and opening will do), and no exclusion may match. Among the measures that accept it, the most specific
 * noun wins, then the nearest topic, then the nearest cue.
 */
final class RuleMatcher {

    private final PhraseIndex index;
    private final SentenceGate gate;
    private final IndicatorRules[] rules;

    RuleMatcher(IndicatorSet indicators) {
        this.index = new PhraseIndex(indicators);
        this.gate = SentenceGate.of(indicators);
        List<Indicator> all = indicators.indicators();
        this.rules = new IndicatorRules[all.size()];
        for (int k = 0; k < rules.length; k++) {
            rules[k] = IndicatorRules.of(all.get(k), index);
        }
    }

    /**
     * An indicator's rules with their phrase lists by number in the {@link PhraseIndex}: every figure is tried
     * against every measure, and asking a sentence about a numbered list costs no map lookup.
     */
    private record IndicatorRules(Indicator indicator, int exclude, MeasureRules[] measures) {

        static IndicatorRules of(Indicator ind, PhraseIndex index) {
            MeasureRules[] measures = new MeasureRules[ind.measures().size()];
            for (int k = 0; k < measures.length; k++) {
                Measure m = ind.measures().get(k);
                Topic topic = m.topic() != null ? m.topic() : ind.topic();
                measures[k] = new MeasureRules(m, index.list(m.cues()), index.list(m.nouns()),
                        m.kindNouns().isEmpty() ? -1 : index.list(m.kindNouns()),
                        m.requires().isEmpty() ? -1 : index.list(m.requires()),
                        m.nounRequires().isEmpty() ? -1 : index.list(m.nounRequires()), topic,
                        topic.isNone() ? -1 : index.list(topic.any()), countsPeople(m),
                        m.countsOne() ? new Singulars(concat(m.nouns(), m.kindNouns())) : Singulars.NONE);
            }
            return new IndicatorRules(ind, ind.exclude().isEmpty() ? -1 : index.list(ind.exclude()), measures);
        }
    }

    /** A measure's phrase lists by number; -1 where the rule has none (no requires, no topic). */
    private record MeasureRules(Measure measure, int cues, int nouns, int kindNouns, int requires, int nounRequires, Topic topic,
            int topicWords, boolean countsPeople, Singulars singulars) {
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
        if (!s.anyCue()) {
            // Every rule needs a cue in the number's clause: none stands in the sentence.
            return null;
        }
        Figure f = new Figure(paragraph, s, q);
        String refused = null;
        if (paragraph instanceof Paragraph p) {
            String research = ResearchCount.verb(s, q, p.meta().publisher());
            String foreign = research != null ? null : ForeignCountry.of(s, q, f.noun(), f.clauseFrom, p.meta().country());
            refused = research != null ? "counts the report's own research ('" + research + "'), not events"
                    : foreign != null ? "a figure about " + foreign + ", not " + p.meta().country() : null;
        }
        if (refused != null) {
            if (nearMiss != null) {
                for (String id : indicatorsCuedNear(s, q)) {
                    nearMiss.accept(id, refused);
                }
            }
            return null;
        }
        RuleMatch best = null;
        for (int k = 0; k < rules.length; k++) {
            if (!s.mayCue(k)) {
                continue;
            }
            RuleMatch m = matchIndicator(rules[k], f, nearMiss);
            if (m != null && (best == null || m.score() > best.score())) {
                best = m;
            }
        }
        return best;
    }

    /** The number being matched, its sentence and clause, and its counted noun, found when a rule first needs it. */
    private static final class Figure {
        final List<SentenceView> paragraph;
        final SentenceView s;
        final Quantity q;
        /** Token range [clauseFrom, clauseTo) of the number's clause. */
        final int clauseFrom;
        final int clauseTo;
        private CountedNoun noun;

        Figure(List<SentenceView> paragraph, SentenceView s, Quantity q) {
            this.paragraph = paragraph;
            this.s = s;
            this.q = q;
            this.clauseFrom = s.clauseStart(q.first());
            this.clauseTo = s.clauseEnd(q.first());
        }

        CountedNoun noun() {
            if (noun == null) {
                noun = CountedNoun.of(s, q);
            }
            return noun;
        }

        /** Token index of the figure's own verb after its noun phrase ("25 were [wounded]"), or -1; found once. */
        int ownVerb() {
            if (ownVerb == UNKNOWN) {
                List<Token> t = s.tokens();
                int k = noun().extendedTo();
                if (NumberReader.isRatioTotal(t, q.qualifierFirst())) {
                    // "16 of the 32 demonstrators detained overnight were charged": the participle is the total's verb.
                    for (int i = noun().headFrom() + 1; i < Math.min(noun().extendedTo() + 1, t.size()); i++) {
                        if (t.get(i).isWord() && t.get(i).lower().endsWith("ed")) {
                            ownVerb = i;
                            return ownVerb;
                        }
                    }
                }
                if (CountedNoun.totalAfter(t, q.last() + 1) >= 0 && !(k < t.size() && Lexicon.AUXILIARIES.contains(t.get(k).lower()))) {
                    // "16 of the 28 individuals detained on suspicion of … have been arrested and charged": the
                    // participle after the total's noun is the total's; the part's verb follows the next auxiliary.
                    int aux = k;
                    while (aux < clauseTo && aux - k < PART_VERB_REACH && !Lexicon.AUXILIARIES.contains(t.get(aux).lower())) {
                        aux++;
                    }
                    k = aux < clauseTo && aux - k < PART_VERB_REACH ? aux : k;
                }
                if (NumberReader.is(t, k, "who") && (noun().pronoun() || relativeIsTheClause(t, k))) {
                    // "9 who received prison terms", "more than 1,500 people who were arrested and charged over …": the
                    // verb of the relative pronoun is the figure's own when no main verb follows it.
                    k++;
                }
                while (k < t.size() && Lexicon.AUXILIARIES.contains(t.get(k).lower())) {
                    k++;
                }
                if (Lexicon.PROSPECTIVE.contains(NumberReader.lower(t, k)) && NumberReader.is(t, k + 1, "to")
                        && NumberReader.is(t, k + 2, "be")) {
                    // "Five prisoners are expected to be released": the verb after "to be".
                    k += 3;
                }
                ownVerb = k > noun().extendedTo() && k < t.size() && t.get(k).isWord() ? k : -1;
            }
            return ownVerb;
        }

        /**
         * Start of the words that may hold the figure's cue: its clause, or the figure itself when it is the subject
         * of a verb of its own that follows an earlier subject's ("40 women were killed while 25 women have been
         * subjected to ...": "killed" is not the 25's).
         */
        int cueFrom() {
            if (cueFrom == UNKNOWN) {
                cueFrom = findCueFrom();
            }
            return cueFrom;
        }

        private int findCueFrom() {
            List<Token> t = s.tokens();
            int first = q.qualifierFirst();
            int relative = relativeClauseStart(t, clauseFrom, first);
            s.work.steps += first - clauseFrom;
            if (relative >= 0) {
                return relative;
            }
            String prev = NumberReader.lower(t, first - 1);
            if (first == clauseFrom || !(prev.equals("while") || prev.equals("whereas") || prev.equals("and")
                    || prev.equals("but") || prev.equals(",") || prev.equals(";"))) {
                return clauseFrom;
            }
            int verb = ownVerb();
            if (verb >= 0 && noun().bare() && !noun().pronoun() && t.get(verb).lower().endsWith("ed")
                    && Lexicon.AUXILIARIES.contains(NumberReader.lower(t, verb - 1))) {
                return first; // "at least three protesters died …, and over 7,000 were detained": "died" is not the 7,000's
            }
            if (verb < 0 || noun().bare() || noun().headTo() <= noun().headFrom()) {
                return clauseFrom;
            }
            boolean finite = t.get(verb).lower().endsWith("ed") || Lexicon.AUXILIARIES.contains(NumberReader.lower(t, verb - 1));
            return finite ? first : clauseFrom;
        }

        /**
         * "hundreds were arrested in protests that brought tens of thousands of people to the streets": a number in a
         * relative clause after a noun takes no cue from the main clause before it. Returns where the relative
         * clause starts, or -1.
         */
        private static int relativeClauseStart(List<Token> t, int from, int first) {
            for (int k = first - 2; k > from; k--) {
                String w = t.get(k).lower();
                if (w.equals("that") || w.equals("which")) {
                    String before = t.get(k - 1).lower();
                    boolean afterNoun = t.get(k - 1).isWord() && !before.endsWith("ed") && !SPEECH.contains(before);
                    boolean verbBetween = false;
                    for (int i = k + 1; i < first; i++) {
                        verbBetween |= t.get(i).isWord() && !t.get(i).isNumber() && !Lexicon.NOUN_PHRASE_STOPS.contains(t.get(i).lower());
                    }
                    return afterNoun && verbBetween ? k : -1;
                }
            }
            return -1;
        }

        /** End of the verb phrase at {@code verb}: up to 4 words, before the next auxiliary ("detained | were charged"). */
        int verbPhraseEnd(int verb) {
            List<Token> t = s.tokens();
            int end = verb + 1;
            int max = Math.min(verb + 4, cueTo());
            while (end < max && !Lexicon.AUXILIARIES.contains(t.get(end).lower())) {
                end++;
            }
            return Math.min(end, max);
        }

        /**
         * End of the words that may hold the figure's cue: its clause, cut before a relative clause that follows the
         * figure's own verb ("1,071 individuals had been covered by the law, which excluded those accused of ..."):
         * such a clause is about another noun.
         */
        int cueTo() {
            if (cueTo == UNKNOWN) {
                cueTo = clauseTo;
                if (CountedNoun.isOccasions(s.tokens(), q.last() + 1) && !noun().bare()) {
                    // "detained journalists 40 times": occasions of the verb before the number, not of one after it.
                    cueTo = q.first();
                    return cueTo;
                }
                int verb = ownVerb();
                List<Token> t = s.tokens();
                if (verb < 0 && NumberReader.isRatioTotal(t, q.qualifierFirst())) {
                    // "Out of 120 refusals, 41 concerned pickets": the total's cue can only be in its own noun.
                    cueTo = Math.max(noun().headTo(), q.last() + 1);
                    return cueTo;
                }
                if (verb >= 0 && NumberReader.isRatioTotal(t, q.qualifierFirst())) {
                    // "Out of 11 people connected to the outlet, two received prison sentences": a ratio's total is
                    // counted by its own participle only; what follows is the part's.
                    int end = verb + 1;
                    while (end < clauseTo && end - verb < 4 && !t.get(end).isPunct()) {
                        end++;
                    }
                    cueTo = end;
                    return cueTo;
                }
                s.work.steps += 3L * (clauseTo - q.last()); // the three walks below
                for (int k = verb + 2; verb >= 0 && k < clauseTo; k++) {
                    if (t.get(k - 1).lower().equals(",") && (t.get(k).lower().equals("which") || t.get(k).lower().equals("who"))) {
                        cueTo = k;
                        break;
                    }
                }
                for (int k = q.last() + 2; k + 2 < cueTo; k++) {
                    if (t.get(k - 1).lower().equals(",") && t.get(k).lower().equals("of")
                            && (t.get(k + 1).lower().equals("which") || t.get(k + 1).lower().equals("whom"))
                            && t.get(k + 2).isNumber()) {
                        // "363 murders were committed last year, of which 141 are family-related": the part's cue.
                        cueTo = k;
                        break;
                    }
                }
                for (int k = q.last() + 3; k < cueTo; k++) {
                    if (t.get(k - 2).lower().equals(",") && t.get(k - 1).lower().equals("and")
                            && Lexicon.NEW_SUBJECTS.contains(t.get(k).lower())) {
                        // "1.2 million people signed the petition, and police detained 2,300": another subject's verb.
                        cueTo = k;
                        break;
                    }
                }
            }
            return cueTo;
        }

        /**
         * {@link #cueTo()} for measure {@code m}: when the figure has a verb of its own that is no cue of the measure,
         * cut before a later count that is the subject of a verb of its own ("25 were accused of treason and nine
         * died": "died" is the nine's).
         */
        int cueTo(MeasureRules m) {
            int verb = ownVerb();
            if (verb < 0 || s.any(m.cues(), verb, verbPhraseEnd(verb))) {
                return cueTo();
            }
            if (otherSubject == UNKNOWN) {
                otherSubject = otherSubjectAfter(verb); // the same for every measure: found once
            }
            return otherSubject;
        }

        /** Where a later count with a verb of its own starts, after the figure's verb; else {@link #cueTo()}. */
        private int otherSubjectAfter(int verb) {
            int to = cueTo();
            List<Token> t = s.tokens();
            List<Quantity> qs = s.quantities;
            // The few counts right after the verb only: a sentence of thousands of numbers stays linear.
            for (int i = firstAfter(qs, verb), seen = 0; i < qs.size() && seen < NEXT_COUNTS; i++, seen++) {
                Quantity other = qs.get(i);
                if (other.qualifierFirst() >= to) {
                    break;
                }
                if (other.isCount()) {
                    if (NumberReader.is(t, other.qualifierFirst() - 1, "including")) {
                        // "800 violations were documented, including at least 310 sentences": the parts' cues.
                        return other.qualifierFirst() - 1;
                    }
                    s.work.steps += other.qualifierFirst() - verb;
                    if (colonBetween(t, verb, other.qualifierFirst())) {
                        return to; // "The trial of 39 defendants was held: 28 were sentenced, ...": the parts of the 39
                    }
                    CountedNoun n = CountedNoun.of(s, other);
                    int k = n.pronoun() ? n.headTo() : n.bare() ? other.last() + 1 : n.headTo(); // "15 of them | were"
                    String w = NumberReader.lower(t, k);
                    if (Lexicon.AUXILIARIES.contains(w) || (w.endsWith("ed") && k < t.size() && !t.get(k).isCapitalized())) {
                        return other.qualifierFirst();
                    }
                }
            }
            return to;
        }

        private static boolean colonBetween(List<Token> t, int from, int to) {
            for (int k = from; k < to; k++) {
                if (t.get(k).is(":")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * End of the words an exclusion is looked for in: the clause, cut at the next count after the figure ("21
         * women were killed in 2013, 23 in 2014 and 28 facts of femicide and attempted femicide were observed": the
         * attempts are the 28's, not the 21's).
         */
        int exclusionTo() {
            List<Quantity> qs = s.quantities;
            s.work.steps += qs.size();
            // Not a count inside the figure's own noun phrase ("three detainees among a group of 25 were ...").
            for (int i = firstAfter(qs, Math.max(q.last(), noun().extendedTo())); i < qs.size(); i++) {
                Quantity other = qs.get(i);
                if (other.qualifierFirst() >= clauseTo) {
                    break;
                }
                if (other.isCount()) {
                    return other.qualifierFirst();
                }
            }
            return clauseTo;
        }

        /** How many counts after a figure's verb {@link #cueTo(MeasureRules)} looks at. */
        private static final int NEXT_COUNTS = 8;

        /** Index of the first quantity whose qualifier starts after token {@code token}: a binary search. */
        private static int firstAfter(List<Quantity> qs, int token) {
            int lo = 0;
            int hi = qs.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (qs.get(mid).qualifierFirst() <= token) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private static final int UNKNOWN = -2;
        /**
         * True when the relative clause at {@code who} holds the only verb of the figure's clause: "the amnesty will
         * affect 1,500 people who were arrested" (the figure is an object), not "1,500 people who protested were
         * detained" (a main verb follows).
         */
        private boolean relativeIsTheClause(List<Token> t, int who) {
            if (who == 0 || q.qualifierFirst() == clauseFrom) {
                return false; // a subject: its main verb follows the relative clause
            }
            // Not "police detained a few activists who tried to …": a verb of its own stands before the figure.
            String before = NumberReader.lower(t, q.qualifierFirst() - 1);
            return !before.equals(",") && !before.equals("and") && !before.endsWith("ed") && clauseFrom < q.qualifierFirst() - 1;
        }

        /** How many words after a ratio part's noun phrase its auxiliary is looked for. */
        private static final int PART_VERB_REACH = 12;

        private int ownVerb = UNKNOWN;
        private int cueTo = UNKNOWN;
        private int cueFrom = UNKNOWN;
        private int otherSubject = UNKNOWN;
    }

    /** Ids of the indicators one of whose measures has a cue in the number's clause. */
    List<String> indicatorsCuedNear(SentenceView s, Quantity q) {
        int[] clause = s.clause(q.first());
        List<String> out = new ArrayList<>();
        for (IndicatorRules ind : rules) {
            for (MeasureRules m : ind.measures()) {
                if (s.any(m.cues(), clause[0], clause[1])) {
                    out.add(ind.indicator().id());
                    break;
                }
            }
        }
        return out;
    }

    private RuleMatch matchIndicator(IndicatorRules ind, Figure f, BiConsumer<String, String> nearMiss) {
        SentenceView s = f.s;
        RuleMatch best = null;
        int bestScore = Integer.MIN_VALUE; // the measure is chosen by the nearest cue; best.score() ranks the indicator
        String firstReason = null;
        boolean cueSeen = false;
        for (MeasureRules m : ind.measures()) {
            if (!s.cued(m.cues())) {
                continue;
            }
            long cue = s.nearest(m.cues(), f.cueFrom(), f.cueTo(m), f.q.first());
            if (cue < 0) {
                continue;
            }
            cueSeen = true;
            int nounScore = nounScore(s, m, f.noun(), f.q);
            int topic = m.topicWords() < 0 ? TOPIC_NEAR : topicLevel(m.topic().window(), m.topicWords(), f, nounScore >= 1000);
            String reason = refusal(ind, m, nounScore, topic, f, nearMiss != null);
            if (reason != null) {
                firstReason = firstReason == null ? reason : firstReason;
                continue;
            }
            // Weighed evidence: what the number counts first, then how near the topic stands, then a cue that is the
            // figure's own verb ("16 of the 28 individuals detained ... have been charged"), then the nearest cue.
            int verb = f.ownVerb();
            boolean ownVerbCue = verb >= 0 && s.any(m.cues(), verb, f.verbPhraseEnd(verb));
            // "49 journalists were detained ...; three of them remain in detention": "of them" leans to the figure before.
            int back = f.noun().pronoun() && pointsBack(s, f.noun()) && isAntecedent(ind.indicator(), f) ? 40 : 0;
            // A topic that stands only a paragraph or more away weighs more when the document's title or opening names
            // it too: "About 100 Protesters Detained at Unauthorized Rallies" over an aside on a banned group.
            int titled = topic > TOPIC_DOCUMENT && topic < TOPIC_NEAR && m.topicWords() >= 0 && f.paragraph instanceof Paragraph p
                    && inOpening(m.topicWords(), p) ? 5 : 0;
            int score = nounScore + 100 * topic + titled + (ownVerbCue ? 50 : 0) + back;
            int byNearestCue = score - (int) Math.min(cue >>> 32, 49);
            if (best == null || byNearestCue > bestScore) {
                bestScore = byNearestCue;
                long distance = cue >>> 32;
                if (ownVerbCue) {
                    // "have been arrested and charged": between indicators, a verb phrase that joins two cues counts
                    // for the later one, the step the people reached (charged, not only arrested).
                    int end = f.verbPhraseEnd(verb);
                    distance = s.nearest(m.cues(), verb, end, end) >>> 32;
                }
                best = new RuleMatch(ind.indicator(), m.measure(), score - (int) Math.min(distance, 49),
                        List.of(m.measure().cues().get((int) cue).text()),
                        nounScore >= 1000 ? "its own noun" : nounScore > 0 ? "a noun of a kind it counts" : "none (bare number)",
                        TOPIC_WORDS[topic]);
            }
        }
        if (best == null && cueSeen && nearMiss != null) {
            nearMiss.accept(ind.indicator().id(), firstReason);
        }
        return best;
    }

    /** A verb of {@link #DEMANDS} before the "that" at {@code that}: "requested that 37 … be sentenced, and that two …". */
    private static boolean demandBefore(List<Token> t, int that) {
        for (int k = that - 1; k >= Math.max(0, that - 25); k--) {
            if (DEMANDS.contains(t.get(k).lower())) {
                return true;
            }
            if (t.get(k).is(";") || t.get(k).is(".")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs whose "that N … be sentenced" asks for an outcome rather than tells one. */
    private static final java.util.Set<String> DEMANDS = Lexicon.words("requested", "demanded", "asked", "proposed",
            "urged", "recommended", "sought", "requests", "demands", "asks", "proposes", "seeks");

    /** Stands for every reason when nobody listens for near misses: spelling reasons out is costly. */
    private static final String REFUSED = "refused";

    /**
     * Why measure {@code m} refuses the number, or null when it accepts it. {@code nounLength} is
     * {@link #nounScore}; {@code topic} is {@link #topicLevel}. The reason is spelled out only when {@code explain}; otherwise any refusal is
     * {@link #REFUSED}.
     */
    private static String refusal(IndicatorRules rules, MeasureRules m, int nounScore, int topic, Figure f,
            boolean explain) {
        Indicator ind = rules.indicator();
        SentenceView s = f.s;
        CountedNoun noun = f.noun();
        if (nounScore == 0 && !(m.measure().bareNumber() && noun.bare())
                && !(noun.pronoun() && (m.countsPeople() || isAntecedent(ind, f)) && (cueFollows(s, m, f) || cueJustBefore(s, m, f)))
                && !(noun.bare() && m.countsPeople() && isParticipleCue(s, m, noun))) {
            return !explain ? REFUSED : "counted noun '" + text(s, noun.headFrom(), noun.headTo()) + "' is not one of measure "
                    + m.measure().id() + "'s nouns";
        }
        int object = f.q.qualifierFirst() - 1;
        boolean ofEvent = false;
        if (NumberReader.is(s.tokens(), object, "of") && object >= 1
                && (Lexicon.NOMINAL_EVENTS.contains(s.tokens().get(object - 1).lower())
                        || Lexicon.OF_OWNERS.contains(s.tokens().get(object - 1).lower()))) {
            // "the rape of eight women", "the release of 21 prisoners": the number is the object of the noun before "of".
            object--;
            ofEvent = true;
        }
        if (object >= 0 && (ofEvent || isGerund(s.tokens().get(object)) || Lexicon.NOMINAL_EVENTS.contains(s.tokens().get(object).lower()) || Lexicon.OTHER_OUTCOMES.contains(s.tokens().get(object).lower()))
                && !cueOrRequiredWithin(s, m, object, f.q.first())) {
            return !explain ? REFUSED : "the number is the object of '" + s.tokens().get(object).text()
                    + "', not of a cue of measure " + m.measure().id();
        }
        if (NumberReader.is(s.tokens(), Math.max(noun.extendedTo(), f.q.last() + 1), "be")
                && NumberReader.is(s.tokens(), f.q.qualifierFirst() - 1, "that") && demandBefore(s.tokens(), f.q.qualifierFirst() - 1)) {
            // "The prosecutor requested that 37 people be sentenced": a demand, not what happened.
            return !explain ? REFUSED : "a demand or proposal ('be …'), not an outcome";
        }
        int verb = f.ownVerb();
        if (verb < 0 && noun.bare() && Lexicon.OTHER_OUTCOMES.contains(NumberReader.lower(s.tokens(), f.q.last() + 1))) {
            verb = f.q.last() + 1; // "60 injured, 100 detained": a participle right after the number is its own
        }
        if (verb >= 0 && Lexicon.OTHER_OUTCOMES.contains(s.tokens().get(verb).lower())
                && !cueOrRequiredWithin(s, m, verb, verb + 1) && !participleCue(s, m, noun, verb)) {
            return !explain ? REFUSED : "its own verb '" + s.tokens().get(verb).text() + "' says it counts something else";
        }
        if (m.requires() >= 0 && !s.any(m.requires(), f.clauseFrom, f.clauseTo)
                && !(noun.pronoun() && s.any(m.requires(), noun.headFrom(), noun.headTo()))) {
            return !explain ? REFUSED : "none of measure " + m.measure().id() + "'s required words stands in the clause";
        }
        if (m.nounRequires() >= 0 && !s.any(m.nounRequires(), noun.headFrom(), noun.extendedTo())) {
            return !explain ? REFUSED : "none of measure " + m.measure().id() + "'s noun_requires words stands in the noun phrase";
        }
        if (topic == TOPIC_ABSENT) {
            Topic words = m.topic();
            return !explain ? REFUSED : "no topic word (" + words.any().get(0).text() + ", ...) within the " + words.window().code();
        }
        if (rules.exclude() >= 0 && s.any(rules.exclude(), f.clauseFrom, f.exclusionTo())) {
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
        for (Phrase p : concat(m.nouns(), m.kindNouns())) {
            if (p.length() == 1 && GENERIC_PEOPLE.contains(p.words().get(0))) {
                return true;
            }
        }
        return false;
    }

    /** "Over 300 detained after protest", "12 killed in clashes": a headline's number with the measure's participle. */
    private static boolean isParticipleCue(SentenceView s, MeasureRules m, CountedNoun noun) {
        int at = noun.headFrom();
        List<Token> t = s.tokens();
        String next = NumberReader.lower(t, at + 1);
        // Not an adjective before its noun: "one detained protester".
        boolean ends = next.isEmpty() || (at + 1 < t.size() && t.get(at + 1).isPunct()) || Lexicon.NOUN_PHRASE_STOPS.contains(next);
        return at < t.size() && ends && isCueParticiple(s, m, at);
    }

    /** "373 people detained yesterday have been released": a cue participle after the noun says what was counted. */
    private static boolean participleCue(SentenceView s, MeasureRules m, CountedNoun noun, int verb) {
        List<Token> t = s.tokens();
        for (int i = Math.max(noun.headFrom(), 0) + 1; i < verb && i < t.size(); i++) {
            if (isCueParticiple(s, m, i)) {
                return true;
            }
        }
        return false;
    }

    /** Token {@code i} is a participle ("detained") that is a cue of the measure. */
    private static boolean isCueParticiple(SentenceView s, MeasureRules m, int i) {
        return s.tokens().get(i).lower().endsWith("ed") && s.any(m.cues(), i, i + 1);
    }

    /** Verbs of saying before "that": "said that 25 ...", a complement clause, not a relative one. */
    private static final java.util.Set<String> SPEECH = Lexicon.words("said", "says", "say", "reported", "reports",
            "added", "noted", "stated", "claimed", "announced", "showed", "shows", "found", "estimated", "believe",
            "believes", "confirmed", "indicated", "revealed", "so", "such", "now", "and", "but");

    /** "of them", "of whom", "of these": a pronoun that points back to a figure named before. */
    private static boolean pointsBack(SentenceView s, CountedNoun noun) {
        return NumberReader.is(s.tokens(), noun.headFrom() - 2, "of");
    }

    /** "imprisoned over 200 of them", "sent to jail, 84 of them": the cue is the verb whose object the number is. */
    private static boolean cueJustBefore(SentenceView s, MeasureRules m, Figure f) {
        if (NumberReader.is(s.tokens(), f.noun().headFrom() - 1, "whom")) {
            // "six of whom were later fined": a relative pronoun's verb follows it.
            return false;
        }
        int qf = f.q.qualifierFirst();
        return s.any(m.cues(), Math.max(f.clauseFrom, qf - 5), qf);
    }

    /** "More than 60 journalists are prosecuted. 29 of them are in custody": "them" are the last figure's. */
    private static boolean isAntecedent(Indicator ind, Figure f) {
        return f.paragraph instanceof Paragraph p && p.antecedent() == ind;
    }

    /** True when a cue or a required word of the measure stands wholly within tokens [from, to). */
    private static boolean cueOrRequiredWithin(SentenceView s, MeasureRules m, int from, int to) {
        return s.any(m.cues(), from, to) || (m.requires() >= 0 && s.any(m.requires(), from, to));
    }

    /** "torturing 24 detainees": a verb in -ing whose object the number is (as "released 65 prisoners" is another verb's). */
    private static boolean isGerund(Token t) {
        String w = t.lower();
        return t.isWord() && w.length() > 5 && w.endsWith("ing") && !t.isCapitalized()
                && !Lexicon.ING_NOT_OBJECTS.contains(w);
    }

    private static List<Phrase> concat(List<Phrase> a, List<Phrase> b) {
        List<Phrase> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** For a pronoun count the cue must follow it ("six of whom were fined"), not precede it in another clause. */
    private static boolean cueFollows(SentenceView s, MeasureRules m, Figure f) {
        return s.any(m.cues(), f.q.last() + 1, f.clauseTo);
    }

    /**
     * How near a figure its topic stands: not within the window, only in the document's title or opening, in one of
     * the paragraphs just before, in the figure's paragraph, in its sentence. Nearer evidence weighs more.
     */
    static final int TOPIC_ABSENT = 0;
    static final int TOPIC_DOCUMENT = 1;
    static final int TOPIC_EARLIER = 2;
    static final int TOPIC_PARAGRAPH = 3;
    static final int TOPIC_NEAR = 4;
    private static final String[] TOPIC_WORDS = {"absent", "document title or opening", "earlier paragraph",
        "paragraph", "sentence"};

    /**
     * {@code ownNoun}: the figure counts one of the measure's own nouns ("complaints"), so a topic that must stand in
     * its sentence may stand in the document's title or opening instead: a text about torture need not repeat it.
     */
    private static int topicLevel(Window window, int topicWords, Figure f, boolean ownNoun) {
        return switch (window) {
            case CLAUSE -> f.s.any(topicWords, f.clauseFrom, f.clauseTo) ? TOPIC_NEAR : TOPIC_ABSENT;
            case SENTENCE -> hasAnywhere(f.s, topicWords) ? TOPIC_NEAR
                    : refersBack(f) && inParagraph(topicWords, f.paragraph, f.s) ? TOPIC_PARAGRAPH
                    : ownNoun && !opensNewMatter(f.s.tokens()) && !namesItsMatter(f) && f.paragraph instanceof Paragraph p
                            && inOpening(topicWords, p) ? TOPIC_DOCUMENT : TOPIC_ABSENT;
            case PARAGRAPH -> hasAnywhere(f.s, topicWords) ? TOPIC_NEAR
                    : opensNewMatter(f.s.tokens()) ? TOPIC_ABSENT
                    : inParagraph(topicWords, f.paragraph, f.s) ? TOPIC_PARAGRAPH
                    : !(f.paragraph instanceof Paragraph p) ? TOPIC_ABSENT
                    : p.anyEarlier(v -> hasAnywhere(v, topicWords)) ? TOPIC_EARLIER
                    : inOpening(topicWords, p) ? TOPIC_DOCUMENT : TOPIC_ABSENT;
        };
    }

    /**
     * "184 such complaints", "these cases": the noun points back to a sentence before, which names the topic, so a
     * topic that must stand in the figure's sentence may stand in that one.
     */
    private static boolean refersBack(Figure f) {
        List<Token> t = f.s.tokens();
        int k = f.q.last() + 1;
        String w = NumberReader.lower(t, k);
        return w.equals("such") || (w.equals("of") && (NumberReader.is(t, k + 1, "these") || NumberReader.is(t, k + 1, "them")))
                || NumberReader.is(t, f.q.qualifierFirst() - 1, "these");
    }

    /**
     * "13 cases of hindering the centre's work": the noun names its own matter, which is not the topic (the topic
     * would have stood in the sentence).
     */
    private static boolean namesItsMatter(Figure f) {
        List<Token> t = f.s.tokens();
        f.s.work.steps += Math.max(0, f.noun().extendedTo() - f.noun().headFrom());
        for (int k = f.noun().headFrom() + 1; k < f.noun().extendedTo() && k < t.size(); k++) {
            if (t.get(k).lower().equals("of") || t.get(k).lower().equals("about") || t.get(k).lower().equals("over")) {
                return true;
            }
        }
        return false;
    }

    /** "Separately, ...", "In an unrelated case, ...": the sentence leaves the matter of the sentences before it. */
    private static boolean opensNewMatter(List<Token> t) {
        String first = NumberReader.lower(t, 0);
        String third = NumberReader.lower(t, 2);
        return first.equals("separately") || first.equals("unrelatedly")
                || (first.equals("in") && (third.equals("unrelated") || third.equals("separate")));
    }

    private static boolean inOpening(int topicWords, Paragraph p) {
        for (SentenceView v : p.opening()) {
            if (hasAnywhere(v, topicWords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a topic word stands in a sentence of the paragraph before {@code s} (the figure's own sentence is
     * asked first, by {@link #topicLevel}).
     */
    private static boolean inParagraph(int topicWords, List<SentenceView> paragraph, SentenceView s) {
        if (paragraph instanceof Paragraph p) {
            return p.anyBefore(topicWords, s);
        }
        int at = paragraph.lastIndexOf(s);
        int end = at >= 0 ? at : paragraph.size();
        for (int k = 0; k < end; k++) {
            if (hasAnywhere(paragraph.get(k), topicWords)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAnywhere(SentenceView p, int phrases) {
        return p.any(phrases, 0, p.tokens().size());
    }

    /**
     * How surely the head noun phrase is what the measure counts: 1000 per word of the longest of its own nouns
     * found there, else 500 for a noun of a kind it counts (people, events), else 0.
     */
    private static int nounScore(SentenceView s, MeasureRules m, CountedNoun noun, Quantity q) {
        if (noun.headFrom() >= s.tokens().size() || noun.headTo() <= noun.headFrom()) {
            return 0;
        }
        int own = s.longest(m.nouns(), noun.headFrom(), noun.headTo());
        boolean kind = own == 0 && m.kindNouns() >= 0 && s.longest(m.kindNouns(), noun.headFrom(), noun.headTo()) > 0;
        if (own == 0 && !kind && q.interval() != null && Double.valueOf(1.0).equals(q.interval().value())) {
            // "One protester was killed": a measure that counts one names its noun in the singular.
            kind = m.singulars().longest(s.tokens(), noun.headFrom(), noun.headTo()) > 0;
        }
        // "hundreds of journalists, activists and demonstrators": every noun of the list must be the measure's.
        for (int k = 0; k + 1 < noun.list().length && (own > 0 || kind); k += 2) {
            int from = noun.list()[k];
            int to = noun.list()[k + 1];
            boolean itemOwn = s.longest(m.nouns(), from, to) > 0;
            boolean itemKind = m.kindNouns() >= 0 && s.longest(m.kindNouns(), from, to) > 0;
            if (!itemOwn && !itemKind) {
                return 0;
            }
            if (!itemOwn) {
                own = 0;
                kind = true;
            }
        }
        return own > 0 ? 1000 * own : kind ? 500 : 0;
    }

    static String text(SentenceView s, int from, int to) {
        s.work.steps += Math.max(0, to - from);
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
