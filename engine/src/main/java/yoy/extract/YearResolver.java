package yoy.extract;

import java.time.YearMonth;
import java.util.List;
import yoy.indicators.YearAnchor;
import yoy.model.Period;

/**
 * Decides the year and period a figure belongs to. The events' year is not the report's: the
 * report's coverage year is only the last resort. In order:
 * <ol>
 *   <li>a time expression in the figure's own segment ("154 protests <b>in 2022</b>"), skipping those
 *       that date a noun ("the conviction in November 2023 <b>of</b> ..."), an episode ("people who
 *       protested in January 2022") or sit in a relative clause after the figure;</li>
 *   <li>for a "when" or "in which" clause, the time of the clause it hangs on ("in January 2022, when 219 ...");</li>
 *   <li>a time expression that opens the sentence ("In July, five people ...");</li>
 *   <li>for measures anchored to an episode, the episode named in the sentence or paragraph;</li>
 *   <li>the opening time expression of one of the three sentences before, in the same paragraph;</li>
 *   <li>the report's coverage year, for the whole year.</li>
 * </ol>
 */
final class YearResolver {

    private static final int INHERIT_SENTENCES = 3;
    /** How many words from a change's first count "over the past year" is looked for. */
    private static final int PAST_YEAR_REACH = 24;
    /** How many words around a figure "now" is looked for. */
    private static final int NOW_REACH = 24;

    private YearResolver() {
    }

    static Dating resolve(List<SentenceView> paragraph, SentenceView s, Quantity q, YearAnchor anchor, int coverageYear,
            Period antecedent) {
        int[] seg = s.segment(q.first());
        int y = NumberReader.yearBeforeBracket(s.tokens(), q.qualifierFirst());
        if (y > 0) {
            // "between 2020 (1,381) and 2021 (1,774)": the year the count in brackets belongs to.
            return new Dating(y, Period.year(y), "the year before the count in brackets");
        }
        if (NumberReader.isChangeFrom(s.tokens(), q.qualifierFirst())) {
            return changeStart(s, q, seg, coverageYear, antecedent);
        }
        TimeExpr own = ownSegment(s, q, seg, anchor == YearAnchor.EVENT);
        if (own != null && own.kind() == TimeExpr.Kind.SINCE && NumberReader.is(s.tokens(), q.qualifierFirst() - 1, "to")
                && NumberReader.isChangeFrom(s.tokens(), q.qualifierFirst() - 2)) {
            // "has risen from 169 to 969 since 2020": 969 is the count now, not a running total.
            return new Dating(coverageYear, Period.year(coverageYear), "the end of a change since " + own.year());
        }
        if (own != null && own.hasYear() && own.kind() != TimeExpr.Kind.SINCE && sinceBefore(s, own.first(), seg[0]) >= 0) {
            // "89 complaints since the Committee's previous review in 2012": a running total from that time on.
            return date(since(own), coverageYear, antecedent, "a running total since the time in the figure's clause");
        }
        if (own != null) {
            return date(own, coverageYear, antecedent, "time in the figure's clause");
        }
        TimeExpr bracketed = bracketedAfter(s, seg[1]);
        if (bracketed != null) {
            return date(bracketed, coverageYear, antecedent, "time in brackets after the figure's clause");
        }
        int then = sinceThen(s, seg[0], q.qualifierFirst());
        if (then >= 0) {
            TimeExpr earlier = lastBefore(s, then);
            if (earlier != null && earlier.hasYear()) {
                // "In 2015, the court banned the party; since then, 150 members have been imprisoned".
                return date(since(earlier), coverageYear, antecedent, "a running total since the time named before 'since then'");
            }
        }
        if (seg[0] > 0 && hangsOnTheClauseBefore(s, seg[0])) {
            TimeExpr before = lastBefore(s, seg[0]);
            if (before != null) {
                return date(before, coverageYear, antecedent, "time of the clause that a 'when' or 'of which' clause hangs on");
            }
        }
        TimeExpr opening = null;
        for (TimeExpr t : s.times()) {
            if ((t.fronted() || (opensSentence(s.tokens(), t) && !saysNow(s, q))) && t.last() < q.first()
                    && t.kind() != TimeExpr.Kind.WRITING) {
                opening = t;
            }
        }
        if (opening != null) {
            return date(opening, coverageYear, antecedent, "time that opens the figure's clause");
        }
        TimeExpr episodeInClause = ownSegment(s, q, seg, true);
        if (episodeInClause != null && episodeInClause.hasYear() && episodeInClause.kind() != TimeExpr.Kind.SINCE
                && sinceBefore(s, episodeInClause.first(), seg[0]) >= 0) {
            // "arrested on more than 500 occasions since the 2020 election": a running total from the episode on.
            return date(since(episodeInClause), coverageYear, antecedent, "a running total since the episode in the figure's clause");
        }
        if (episodeInClause != null) {
            return date(episodeInClause, coverageYear, antecedent, "time of the episode named in the figure's clause");
        }
        if (anchor == YearAnchor.EVENT) {
            TimeExpr episode = episode(paragraph, s);
            if (episode != null) {
                return date(episode, coverageYear, antecedent, "the episode the paragraph refers to");
            }
            TimeExpr elsewhere = yearElsewhere(s);
            if (elsewhere != null) {
                // "21 people died during the protests, which were sparked by an announcement in early July 2022": an
                // event's count takes the one year its sentence names, even outside the figure's clause.
                return date(elsewhere, coverageYear, antecedent, "the year named elsewhere in the sentence of an event's count");
            }
        }
        TimeExpr month = monthOnlyElsewhere(s);
        if (month != null) {
            return date(month, coverageYear, antecedent, "month named elsewhere in the sentence");
        }
        int index = indexOf(paragraph, s);
        for (int k = index - 1; k >= 0 && k >= index - INHERIT_SENTENCES; k--) {
            if (paragraph instanceof Paragraph p && !p.mayNameTime(k)) {
                continue; // no time to inherit, aside or not: not read at all
            }
            if (paragraph.get(k).isAside()) {
                continue; // "(In 2019, this figure was 213.)", "[… In 2016, thousands protested …]": an aside's own time
            }
            for (TimeExpr t : paragraph.get(k).times()) {
                if (t.fronted() && t.kind() != TimeExpr.Kind.WRITING && t.kind() != TimeExpr.Kind.SAME_PERIOD) {
                    return date(t, coverageYear, antecedent, "time set earlier in the paragraph");
                }
            }
        }
        if (anchor == YearAnchor.EVENT) {
            TimeExpr earlier = episodeEarlier(paragraph);
            if (earlier != null) {
                return date(earlier, coverageYear, antecedent, "the episode a paragraph before refers to");
            }
        }
        return new Dating(coverageYear, Period.year(coverageYear), "the report's coverage year");
    }

    /**
     * The first count of a change ("rose from 169 in 2020 to 969", "has risen from 169 to 969 since 2020"): the time
     * after it (before the next count), or the start of the "since"; null when neither is written, as its year is then unknown (the
     * figure is dropped rather than given the later count's year).
     */
    private static Dating changeStart(SentenceView s, Quantity q, int[] seg, int coverageYear, Period antecedent) {
        for (TimeExpr t : s.times()) {
            if (t.first() > q.last() && t.first() < seg[1] && !countBetween(s, q, t.first())
                    && t.kind() != TimeExpr.Kind.SINCE && t.kind() != TimeExpr.Kind.WRITING) {
                return date(t, coverageYear, antecedent, "time after the first count of a change");
            }
        }
        for (TimeExpr t : s.times()) {
            if (t.kind() == TimeExpr.Kind.SINCE && t.hasYear() && t.first() > q.last() && t.first() < seg[1]) {
                return new Dating(t.year(), Period.year(t.year()), "the start of a change since " + t.year());
            }
        }
        if (overThePastYear(s.tokens(), q)) {
            // "in the last year the number has risen from 362 to 420": the first count stood a year before the second.
            int y = coverageYear - 1;
            return new Dating(y, Period.year(y), "a year before the end of a change over the past year");
        }
        return null;
    }

    /**
     * "in the last year", "over the past year", "in the course of the past year": a change over one year. Looked for
     * within a few words of the count only, so that a sentence of many changes stays linear.
     */
    private static boolean overThePastYear(List<Token> t, Quantity q) {
        for (int k = Math.max(1, q.first() - PAST_YEAR_REACH); k + 2 < t.size() && k <= q.last() + PAST_YEAR_REACH; k++) {
            String w = t.get(k - 1).lower();
            if ((w.equals("in") || w.equals("over") || w.equals("during") || w.equals("of")) && t.get(k).is("the")
                    && (t.get(k + 1).is("last") || t.get(k + 1).is("past")) && t.get(k + 2).is("year")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A month named elsewhere in the sentence without a year ("who gathered on 8 March", "…, between September
     * and December."): it can only narrow the period within the report's year, never move the year, so it is
     * safe to use when nothing closer dates the figure. Several different months are too ambiguous.
     */
    private static TimeExpr monthOnlyElsewhere(SentenceView s) {
        TimeExpr found = null;
        for (TimeExpr t : s.times()) {
            if (t.hasYear() || t.ofFollows() || (t.kind() != TimeExpr.Kind.MONTHS && t.kind() != TimeExpr.Kind.YEAR_TO_DATE)) {
                if (t.hasYear() && !t.ofFollows()) {
                    return null;
                }
                continue;
            }
            if (found != null && (found.fromMonth() != t.fromMonth() || found.toMonth() != t.toMonth())) {
                return null;
            }
            found = t;
        }
        return found;
    }

    private static TimeExpr ownSegment(SentenceView s, Quantity q, int[] seg, boolean episodes) {
        int nounEnd = -1; // found only when needed: most figures' segments hold no episode
        TimeExpr after = null;
        TimeExpr before = null;
        List<TimeExpr> times = s.times();
        for (int k = 0; k < times.size(); k++) {
            TimeExpr t = times.get(k);
            if (t.first() < seg[0] || t.last() >= seg[1] || t.kind() == TimeExpr.Kind.WRITING || t.ofFollows()
                    || isComparisonPoint(s, t)) {
                continue;
            }
            // "154 protests in 2022": the time dates the counted events themselves, not an episode around them.
            if (t.episode() && !episodes) {
                if (nounEnd < 0) {
                    nounEnd = CountedNoun.of(s, q).headTo();
                }
                if (t.first() != nounEnd) {
                    continue;
                }
            }
            if (t.first() > q.last()) {
                if (after == null && !relativeClauseBetween(s, q.last() + 1, t.first()) && !countBetween(s, q, t.first())) {
                    after = t;
                }
            } else if (t.last() < q.qualifierFirst()) {
                before = t;
            }
        }
        return after != null ? after : before;
    }

    /**
     * "the biggest demonstrations since the 2011 protests": a superlative measured from a past time, which dates the
     * comparison, not the figure.
     */
    private static boolean isComparisonPoint(SentenceView s, TimeExpr t) {
        List<Token> tokens = s.tokens();
        int since = sinceBefore(s, t.first() + 1, t.first() - 2);
        for (int k = since - 1; since > 0 && k >= Math.max(0, since - 6); k--) {
            String w = tokens.get(k).lower();
            if (w.equals("first") || w.equals("most") || w.equals("worst") || w.equals("largest") || w.equals("biggest")
                    || (w.length() > 5 && w.endsWith("est") && !w.equals("protest") && !w.equals("arrest")
                            && !w.equals("interest") && !w.equals("request") && !w.equals("contest"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the nearest "since" among the few words before token {@code at} and from {@code from} on ("since the
     * review in 2012"), or -1.
     */
    private static int sinceBefore(SentenceView s, int at, int from) {
        for (int k = at - 1; k >= Math.max(Math.max(from, 0), at - 6); k--) {
            if (s.tokens().get(k).lower().equals("since")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "At least 267 defendants are imprisoned right now (as of 02/20/24).": an "as of" time in brackets right after the
     * figure's clause dates it. Null when there is none.
     */
    private static TimeExpr bracketedAfter(SentenceView s, int segmentEnd) {
        // Only "(as of …)": "(in 2019 – 138, in 2018 – 101)" is a series by year, each number with its own year.
        if (!NumberReader.is(s.tokens(), segmentEnd, "(") || !NumberReader.is(s.tokens(), segmentEnd + 1, "as")) {
            return null;
        }
        for (TimeExpr t : s.times()) {
            if (t.first() == segmentEnd + 1 && t.hasYear() && t.kind() != TimeExpr.Kind.WRITING) {
                return t;
            }
        }
        return null;
    }

    /** The running total from the start of {@code t} to the report's year. */
    private static TimeExpr since(TimeExpr t) {
        return new TimeExpr(t.first(), t.last(), TimeExpr.Kind.SINCE, t.year(), Math.max(1, t.fromMonth()), 12, false,
                false, false);
    }

    /** Index of "since" in "since then" between {@code from} and {@code to}, or -1. */
    private static int sinceThen(SentenceView s, int from, int to) {
        s.work.steps += Math.max(0, to - from);
        for (int k = Math.max(0, from - 3); k + 1 < to; k++) {
            if (NumberReader.is(s.tokens(), k, "since") && NumberReader.is(s.tokens(), k + 1, "then")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "…, when 219 were killed", "…, in which forces killed hundreds", "…, of which 16 were killed": the clause takes
     * the time before it.
     */
    private static boolean hangsOnTheClauseBefore(SentenceView s, int segmentStart) {
        String first = NumberReader.lower(s.tokens(), segmentStart);
        String second = NumberReader.lower(s.tokens(), segmentStart + 1);
        return first.equals("when") || first.equals("where")
                || (second.equals("which") && (first.equals("in") || first.equals("during") || first.equals("after")))
                || (first.equals("of") && (second.equals("which") || second.equals("whom"))); // "…, of which 141 were …"
    }

    /** "increased to 350 and reached 422 people by October 2017": a later count takes the time that follows it. */
    private static boolean countBetween(SentenceView s, Quantity q, int to) {
        s.work.steps += s.quantities.size();
        for (Quantity other : s.quantities) {
            if (other.isCount() && other.first() > q.last() && other.last() < to) {
                return true;
            }
        }
        return false;
    }

    private static boolean relativeClauseBetween(SentenceView s, int from, int to) {
        s.work.steps += Math.max(0, to - from);
        for (int i = from; i < to; i++) {
            if (Lexicon.isRelativePronoun(s.tokens().get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static TimeExpr lastBefore(SentenceView s, int token) {
        TimeExpr found = null;
        for (TimeExpr t : s.times()) {
            if (t.last() < token && t.kind() != TimeExpr.Kind.WRITING) {
                found = t;
            }
        }
        return found;
    }

    /**
     * Where {@code s} stands in its paragraph, by identity as {@link List#indexOf} finds it; searched from the
     * end, where the sentence being read stands.
     */
    private static int indexOf(List<SentenceView> paragraph, SentenceView s) {
        for (int k = paragraph.size() - 1; k >= 0; k--) {
            if (paragraph.get(k) == s) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "In 2018 there were registered 377 claims; among them … 27 cases": a time that opens the sentence, even with no
     * comma after it, dates the clauses after it that name no time of their own.
     */
    private static boolean opensSentence(List<Token> t, TimeExpr e) {
        if (!e.hasYear() || !(t.get(e.first()).is("in") || t.get(e.first()).is("during"))) {
            return false;
        }
        int k = e.first() - 1;
        while (k >= 0 && t.get(k).isPunct() && !t.get(k).is(":")) {
            k--; // quotes and brackets: "…: “In 2018 there were …"
        }
        return k < 0 || t.get(k).is(":");
    }

    /** "…; now it holds 117": the figure's clause speaks of the present, not of the time that opened the sentence. */
    private static boolean saysNow(SentenceView s, Quantity q) {
        List<Token> t = s.tokens();
        // Near the figure only: a sentence of thousands of figures stays linear.
        int from = Math.max(s.clauseStart(q.first()), q.first() - NOW_REACH);
        int to = Math.min(s.clauseEnd(q.first()), q.last() + NOW_REACH);
        for (int k = from; k < to; k++) {
            String w = t.get(k).lower();
            if (w.equals("now") || w.equals("currently") || w.equals("today") || w.equals("presently")) {
                return true;
            }
        }
        return false;
    }

    /** The one year the sentence names (several years are too ambiguous), or null. */
    private static TimeExpr yearElsewhere(SentenceView s) {
        TimeExpr found = null;
        for (TimeExpr t : s.times()) {
            if (!t.hasYear() || t.kind() == TimeExpr.Kind.WRITING || t.kind() == TimeExpr.Kind.SINCE || isComparisonPoint(s, t)) {
                continue;
            }
            if (found != null && found.year() != t.year()) {
                return null;
            }
            found = found == null ? t : found;
        }
        return found;
    }

    private static TimeExpr episode(List<SentenceView> paragraph, SentenceView s) {
        Paragraph p = paragraph instanceof Paragraph q ? q : null;
        for (int k = indexOf(paragraph, s); k >= 0; k--) {
            if (p != null && !p.mayNameYear(k)) {
                continue; // an episode is one with a year, and this sentence surely names none
            }
            TimeExpr t = episodeIn(paragraph.get(k));
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** "… a trial over July 2022 protests." then "… the 21 people who died": the episode named a paragraph before. */
    private static TimeExpr episodeEarlier(List<SentenceView> paragraph) {
        if (!(paragraph instanceof Paragraph p)) {
            return null;
        }
        TimeExpr[] found = new TimeExpr[1];
        p.anyEarlier(v -> (found[0] = episodeIn(v)) != null);
        return found[0];
    }

    private static TimeExpr episodeIn(SentenceView v) {
        for (TimeExpr t : v.times()) {
            if (t.episode() && t.hasYear()) {
                return t;
            }
        }
        return null;
    }

    static Dating date(TimeExpr t, int coverageYear, Period antecedent, String rule) {
        int y = t.hasYear() ? t.year() : coverageYear;
        return switch (t.kind()) {
            case MONTHS -> new Dating(y, Period.months(y, t.fromMonth(), t.toMonth()), rule);
            case YEAR -> new Dating(y, Period.year(y), rule);
            case YEAR_TO_DATE -> new Dating(y, Period.months(y, 1, t.toMonth()), rule);
            case SINCE -> {
                int end = Math.max(coverageYear, t.year());
                yield new Dating(end, Period.cumulative(YearMonth.of(t.year(), t.fromMonth()), YearMonth.of(end, 12)),
                        rule);
            }
            case UNTIL -> new Dating(y, Period.cumulative(null, YearMonth.of(y, 12)), rule);
            case SAME_PERIOD -> {
                int year = t.hasYear() ? t.year() : coverageYear - 1;
                if (antecedent != null && antecedent.isPartialYear()) {
                    yield new Dating(year, Period.months(year, antecedent.start().getMonthValue(),
                            antecedent.end().getMonthValue()), rule);
                }
                yield new Dating(year, Period.year(year), rule);
            }
            case PREVIOUS_YEAR -> new Dating(coverageYear - 1, Period.year(coverageYear - 1), rule);
            case WRITING -> new Dating(coverageYear, Period.year(coverageYear), rule);
        };
    }
}
