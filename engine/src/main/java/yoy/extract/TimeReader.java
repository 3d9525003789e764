package yoy.extract;

import static yoy.extract.NumberReader.is;
import static yoy.extract.NumberReader.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the time expressions of a sentence ("between January and October", "since December 2014"). */
final class TimeReader {

    private static final Set<String> PREPOSITIONS = Lexicon.words("in", "on", "during", "by", "throughout", "from", "until",
            "till", "before", "after", "of", "through", "over", "for");
    /**
     * "a trial over July 2022 protests", "after the 2020 election": before a time and an event noun, these name the
     * event; "in 2022 protests spread" does not.
     */
    private static final Set<String> EPISODE_PREPOSITIONS = Lexicon.words("over", "after", "before", "of", "for");
    private static final Set<String> RANGE_LINKS = Lexicon.words("to", "until", "through", "till", "–", "-", "and");
    private static final List<String> EPISODE_STEMS = List.of("protest", "demonstrat", "event", "unrest", "riot",
            "clash", "upris", "crackdown", "election", "war", "conflict", "violence", "massacre", "attack", "coup",
            "strike", "referendum", "rally", "rallies", "crisis", "revolution", "shooting", "bombing", "flood",
            "earthquake", "siege", "offensive", "operation", "incident", "tragedy", "mobiliz", "mobilis");
    private static final Set<String> FRONT_OPENERS = Lexicon.words("also", "then", "later", "meanwhile", "separately",
            "moreover", "however", "similarly", "finally", "subsequently");

    private record Date(int month, int year, int end) {
    }

    private TimeReader() {
    }

    static List<TimeExpr> read(List<Token> t) {
        List<TimeExpr> out = new ArrayList<>();
        int n = t.size();
        byte[] roles = roles(t);
        if (roles == null) {
            return out;
        }
        int trigger = -1;
        int i = 0;
        while (i < n) {
            if (trigger < i) {
                trigger = i;
                while (trigger < n && (roles[trigger] & TRIGGER) == 0) {
                    trigger++;
                }
            }
            int role = roles[i];
            TimeExpr e = (role & START) == 0 || trigger - i > (role & REACH) >> REACH_SHIFT ? null
                    : (role & DATE) != 0 ? dated(t, i, i) : at(t, i, true);
            if (e == null) {
                i++;
                continue;
            }
            out.add(flag(t, e));
            i = e.last() + 1;
        }
        return out;
    }

    /**
     * What {@link #read} finds when every reader is tried at every token: its shortcuts must not change that
     * (a test holds them to it).
     */
    static List<TimeExpr> readTryingEverything(List<Token> t) {
        List<TimeExpr> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            TimeExpr e = at(t, i, false);
            if (e == null) {
                i++;
                continue;
            }
            out.add(flag(t, e));
            i = e.last() + 1;
        }
        return out;
    }

    private static final Set<String> STARTS = Lexicon.words("between", "from", "as", "since", "at", "by", "towards", "before",
            "this", "the", "last", "a", "one", "writing", "early", "mid", "late", "mid-", "годом", "прошлом");
    private static final Set<String> WHOLE_YEAR_PREPOSITIONS = Lexicon.words("during", "throughout", "over", "in", "for");

    /*
     * The role of a token, in one byte. START: it may open a time expression (a number, a month, "mid-…", a word
     * of STARTS or PREPOSITIONS). TRIGGER: it is one without which no time expression can be read (a number, a
     * month, "mid-…", a word of TRIGGER_WORDS). The bits of REACH: how far after an opener the
     * nearest trigger of any expression the readers find there can lie, taken from the readers: 6 after "as"
     * (the "year" of "as of the end of the year"), 5 after "at", "by", "towards", "before" ("by the end of the
     * year") and the whole-year prepositions ("in the course of the year"), 4 after other prepositions ("of the
     * first six months"), 3 after "the" ("the first six months"), 2 after "between" and "since" ("between
     * early May and ..."), 1 after "this", "last", "a", "early", "mid", "late" ("last year"), 0 for an opener
     * that is a trigger itself. Most openers ("in", "the", "of", "a") have no trigger that near, and are passed
     * over without trying every reader at them.
     */
    private static final int START = 1;
    private static final int TRIGGER = 2;
    private static final int REACH_SHIFT = 2;
    private static final int REACH = 7 << REACH_SHIFT;
    /**
     * A number, a month or "mid-…": no reader of {@link #at} but the last, which reads a date there, can open
     * with it, so that one is called straight away.
     */
    private static final int DATE = 32;
    private static final Set<String> TRIGGER_WORDS = Lexicon.words("year", "year's", "years'", "year-end", "writing",
            "period", "months", "half", "quarter", "ранее", "раньше", "году");
    private static final java.util.Map<String, Byte> ROLES = roleTable();
    /** Tells the sentences that hold none of {@link #triggers}, from their letters. */
    static final PhraseGate TRIGGERS = new PhraseGate(java.util.Map.of(0, triggers()), 1);

    /**
     * The words of which a time expression needs one when it has no number: the months, {@link #TRIGGER_WORDS} and the
     * words that begin with "mid-". A sentence with none of them and no digit holds none ({@link #roles}).
     */
    static List<yoy.indicators.Phrase> triggers() {
        List<yoy.indicators.Phrase> out = new ArrayList<>();
        java.util.stream.Stream.concat(Lexicon.MONTHS.keySet().stream(), TRIGGER_WORDS.stream()).sorted()
                .forEach(w -> out.add(yoy.indicators.Phrase.parse(w)));
        out.add(yoy.indicators.Phrase.parse("mid-*"));
        return out;
    }

    private static java.util.Map<String, Byte> roleTable() {
        java.util.Map<String, Byte> out = new java.util.HashMap<>();
        for (String w : STARTS) {
            int reach = switch (w) {
                case "as" -> 6;
                case "at", "by", "towards", "before" -> 5;
                case "from" -> 4;
                case "the" -> 3;
                case "between", "since" -> 2;
                case "writing" -> 0;
                default -> 1; // "this", "last", "a", "one", "early", "mid", "late", "mid-"
            };
            addRole(out, w, START, reach);
        }
        for (String w : PREPOSITIONS) {
            addRole(out, w, START, WHOLE_YEAR_PREPOSITIONS.contains(w) ? 5 : 4);
        }
        Lexicon.MONTHS.keySet().forEach(w -> addRole(out, w, START | TRIGGER | DATE, 0));
        TRIGGER_WORDS.forEach(w -> addRole(out, w, TRIGGER, 0));
        return Lexicon.table(out);
    }

    /** Joins the roles of a word found in several lists, keeping the farthest reach. */
    private static void addRole(java.util.Map<String, Byte> table, String w, int role, int reach) {
        int old = table.getOrDefault(w, (byte) 0);
        int reaches = Math.max((old & REACH) >> REACH_SHIFT, reach);
        table.put(w, (byte) (old & ~REACH | role | reaches << REACH_SHIFT));
    }

    /** The role of a word token with this lower case: worked out once per word (see {@link WordTags}). */
    static int role(String w) {
        Byte r = ROLES.get(w);
        return r != null ? r : w.startsWith("mid-") ? START | TRIGGER | DATE : 0;
    }

    /**
     * The role of every token, read off its {@link WordTags}; null when no token is a trigger, so that no time
     * expression can be read at all.
     */
    private static byte[] roles(List<Token> t) {
        int n = t.size();
        byte[] roles = null;
        boolean trigger = false;
        for (int i = 0; i < n; i++) {
            Token tok = t.get(i);
            int role;
            if (tok.isNumber()) {
                role = START | TRIGGER | DATE; // reach 0
            } else if (tok.isPunct()) {
                continue; // every opener and every trigger is a word or a number
            } else {
                role = WordTags.timeRole(tok.tags());
            }
            if (role != 0) {
                if (roles == null) {
                    roles = new byte[n];
                }
                roles[i] = (byte) role;
                trigger |= (role & TRIGGER) != 0;
            }
        }
        return trigger ? roles : null;
    }

    /** The expression opening at token {@code i}; {@code shortcut}: skip readers that cannot match there. */
    private static TimeExpr at(List<Token> t, int i, boolean shortcut) {
        String w = lower(t, i);
        TimeExpr e = switch (w) {
            case "between", "from" -> {
                Date days = date(t, i + 1);
                TimeExpr span = yearSpan(t, i, days);
                if (span != null) {
                    yield span;
                }
                TimeExpr r = monthRange(t, i, days);
                yield r != null ? r : days != null && days.month > 0
                        ? new TimeExpr(i, days.end - 1, TimeExpr.Kind.MONTHS, days.year, days.month, days.month, false,
                                false, false)
                        : null;
            }
            // "in 2022 and 2023", "in early 2022 and 2023"; else read below as "in 2022". The date is read only when an
            // "and" follows it: "in" opens most time expressions.
            case "in" -> is(t, i + 2, "and") || is(t, i + 3, "and") ? yearSpan(t, i, date(t, i + 1)) : null;
            case "as" -> asOf(t, i);
            case "since" -> since(t, i);
            case "at", "by", "towards", "before" -> yearEnd(t, i);
            default -> null;
        };
        if (e != null) {
            return e;
        }
        // The phrases of these four readers all open with "this", "the", "last", "a" or "one" (or Russian "годом",
        // "прошлом"), or with a preposition before "the": elsewhere none of them can match.
        if (!shortcut || w.equals("the") || w.equals("this") || w.equals("last") || w.equals("a") || w.equals("one")
                || w.equals("годом") || w.equals("прошлом") || is(t, i + 1, "the")) {
            e = wholeYear(t, i);
            if (e != null) {
                return e;
            }
            e = partOfYear(t, i);
            if (e != null) {
                return e;
            }
            e = samePeriod(t, i);
            if (e != null) {
                return e;
            }
            e = previousYear(t, i);
            if (e != null) {
                return e;
            }
        }
        if (w.equals("writing") && (is(t, i - 1, "this") || is(t, i - 1, "of"))) {
            return new TimeExpr(i, i, TimeExpr.Kind.WRITING, 0, 0, 0, false, false, false);
        }
        return dated(t, i, PREPOSITIONS.contains(w) ? i + 1 : i);
    }

    /**
     * A month range, a month or a year read from {@code start}: "in May 2023" with its preposition
     * ({@code start = i + 1}), "May 2023" without ({@code start = i}).
     */
    private static TimeExpr dated(List<Token> t, int i, int start) {
        Date d = date(t, start);
        if (d == null) {
            return null;
        }
        TimeExpr range = monthRange(t, i, d);
        if (range != null) {
            return range;
        }
        int first = start > i ? i : start;
        if (d.month > 0) {
            return new TimeExpr(first, d.end - 1, TimeExpr.Kind.MONTHS, d.year, d.month, d.month, false, false, false);
        }
        return new TimeExpr(first, d.end - 1, TimeExpr.Kind.YEAR, d.year, 1, 12, false, false, false);
    }

    /**
     * "between January and October 2022", "from January to August", "January–August 2023"; {@code a} is the
     * date read where the range would start, or null.
     */
    private static TimeExpr monthRange(List<Token> t, int first, Date a) {
        if (a == null || a.month == 0 || a.end >= t.size()) {
            return null;
        }
        String link = lower(t, a.end);
        if (!RANGE_LINKS.contains(link) || (link.equals("and") && !is(t, first, "between"))) {
            return null;
        }
        Date b = date(t, a.end + 1);
        if (b == null || b.month == 0 || b.month < a.month) {
            return null;
        }
        int year = b.year > 0 ? b.year : a.year;
        return new TimeExpr(first, b.end - 1, TimeExpr.Kind.MONTHS, year, a.month, b.month, false, false, false);
    }

    /**
     * "between 2008 and 2020", "from 2015 to 2018", "in 2022 and 2023": a span of whole years, read as a running total
     * up to its last year (the start is kept in the text, not in the period). Not "in 2022 and 2023 respectively".
     */
    private static TimeExpr yearSpan(List<Token> t, int i, Date a) {
        if (a == null || a.month != 0 || a.year == 0 || a.end >= t.size()) {
            return null;
        }
        String link = lower(t, a.end);
        if (!(link.equals("and") && (is(t, i, "between") || is(t, i, "in"))) && !(link.equals("to") && is(t, i, "from"))) {
            return null;
        }
        Date b = date(t, a.end + 1);
        if (b == null || b.month != 0 || b.year <= a.year || is(t, b.end, "respectively")) {
            return null;
        }
        return new TimeExpr(i, b.end - 1, TimeExpr.Kind.UNTIL, b.year, 1, 12, false, false, false);
    }

    /** "as of October", "as of late 2023", "as of this writing". */
    private static TimeExpr asOf(List<Token> t, int i) {
        if (!is(t, i + 1, "of") && !is(t, i + 1, "at")) {
            return null;
        }
        int k = i + 2;
        if (is(t, k, "this") && is(t, k + 1, "writing")) {
            return new TimeExpr(i, k + 1, TimeExpr.Kind.WRITING, 0, 0, 0, false, false, false);
        }
        if (is(t, k, "the") && is(t, k + 1, "end") && is(t, k + 2, "of")) {
            k += 3;
            if (is(t, k, "the") && is(t, k + 1, "year")) {
                return new TimeExpr(i, k + 1, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
            }
        }
        Date d = date(t, k);
        if (d == null) {
            return null;
        }
        if (d.month > 0) {
            return new TimeExpr(i, d.end - 1, TimeExpr.Kind.YEAR_TO_DATE, d.year, 1, d.month, false, false, false);
        }
        return new TimeExpr(i, d.end - 1, TimeExpr.Kind.UNTIL, d.year, 1, 12, false, false, false);
    }

    /** "since December 2014", "since 2014". */
    private static TimeExpr since(List<Token> t, int i) {
        Date d = date(t, i + 1);
        if (d == null || d.year == 0) {
            return null;
        }
        return new TimeExpr(i, d.end - 1, TimeExpr.Kind.SINCE, d.year, Math.max(d.month, 1), 12, false, false, false);
    }

    /** "at year's end", "by the end of 2023", "at the end of the year", "by year-end". */
    private static TimeExpr yearEnd(List<Token> t, int i) {
        int k = i + 1;
        if ((is(t, k, "year's") || is(t, k, "years'")) && is(t, k + 1, "end")) {
            return new TimeExpr(i, k + 1, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
        }
        if (is(t, k, "year-end")) {
            return new TimeExpr(i, k, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
        }
        if (is(t, k, "the") && is(t, k + 1, "end") && is(t, k + 2, "of")) {
            if (is(t, k + 3, "the") && is(t, k + 4, "year")) {
                return new TimeExpr(i, k + 4, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
            }
            Date d = date(t, k + 3);
            if (d != null && d.month == 0) {
                return new TimeExpr(i, d.end - 1, TimeExpr.Kind.YEAR, d.year, 1, 12, false, false, false);
            }
        }
        return null;
    }

    /** "during the year", "in the course of the year", "this year", "throughout the year". */
    private static TimeExpr wholeYear(List<Token> t, int i) {
        String w = lower(t, i);
        if (w.equals("this") && is(t, i + 1, "year") && !is(t, i + 2, "'s")) {
            return new TimeExpr(i, i + 1, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
        }
        if (WHOLE_YEAR_PREPOSITIONS.contains(w)) {
            if (is(t, i + 1, "the") && is(t, i + 2, "year") && !is(t, i + 3, "before")) {
                return new TimeExpr(i, i + 2, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
            }
            if (is(t, i + 1, "the") && is(t, i + 2, "course") && is(t, i + 3, "of") && is(t, i + 4, "the")
                    && is(t, i + 5, "year")) {
                return new TimeExpr(i, i + 5, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
            }
            if (is(t, i + 1, "the") && is(t, i + 2, "reporting") && is(t, i + 3, "period")) {
                return new TimeExpr(i, i + 3, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
            }
        }
        return null;
    }

    /** "in the first half of 2016", "the second quarter", "the first six months of 2023". */
    private static TimeExpr partOfYear(List<Token> t, int i) {
        int k = i;
        if (PREPOSITIONS.contains(lower(t, k))) {
            k++;
        }
        if (!is(t, k, "the")) {
            return null;
        }
        k++;
        int ordinal = switch (lower(t, k)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "fourth" -> 4;
            case "last" -> -1;
            default -> 0;
        };
        if (ordinal == 0) {
            return null;
        }
        k++;
        int from;
        int to;
        if (is(t, k, "half")) {
            if (ordinal > 2) {
                return null;
            }
            from = ordinal == 2 || ordinal == -1 ? 7 : 1;
            to = from + 5;
        } else if (is(t, k, "quarter")) {
            int q = ordinal == -1 ? 4 : ordinal;
            from = (q - 1) * 3 + 1;
            to = from + 2;
        } else {
            long n = NumberReader.numberWord(lower(t, k));
            if (n < 1 && k < t.size() && t.get(k).isNumber()) {
                n = Long.parseLong(t.get(k).text().replace(",", "").split("\\.")[0]);
            }
            if (n < 1 || n > 11 || !is(t, k + 1, "months")) {
                return null;
            }
            k++;
            from = ordinal == -1 ? 12 - (int) n + 1 : 1;
            to = ordinal == -1 ? 12 : (int) n;
        }
        int last = k;
        int year = 0;
        if (is(t, k + 1, "of") || is(t, k + 1, "in")) {
            Date d = date(t, k + 2);
            if (d != null && d.month == 0) {
                year = d.year;
                last = d.end - 1;
            } else if (is(t, k + 2, "the") && is(t, k + 3, "year")) {
                last = k + 3;
            }
        }
        return new TimeExpr(i, last, TimeExpr.Kind.MONTHS, year, from, to, false, false, false);
    }

    /** "compared with the same period", "than in the same period", "up from 40 in the same period". */
    private static boolean comparedBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String w = lower(t, k);
            if (w.equals("compared") || w.equals("than") || w.equals("against") || w.equals("versus") || w.equals("vs")
                    || w.equals("from") || w.equals("with")) {
                return true;
            }
        }
        return false;
    }

    /** "in the same period in 2021", "the same period last year", "compared with the same period". */
    private static TimeExpr samePeriod(List<Token> t, int i) {
        int k = i;
        if (is(t, k, "in") || is(t, k, "during") || is(t, k, "over")) {
            k++;
        }
        if (!(is(t, k, "the") && is(t, k + 1, "same") && (is(t, k + 2, "period") || is(t, k + 2, "months")))) {
            return null;
        }
        int last = k + 2;
        int year = 0;
        String next = lower(t, last + 1);
        if (next.equals("in") || next.equals("of")) {
            Date d = date(t, last + 2);
            if (d != null && d.month == 0) {
                return new TimeExpr(i, d.end - 1, TimeExpr.Kind.SAME_PERIOD, d.year, 0, 0, false, false, false);
            }
            if (is(t, last + 2, "the") && (is(t, last + 3, "previous") || is(t, last + 3, "prior"))
                    && is(t, last + 4, "year")) {
                return new TimeExpr(i, last + 4, TimeExpr.Kind.SAME_PERIOD, -1, 0, 0, false, false, false);
            }
        }
        if (next.equals("last") && is(t, last + 2, "year")) {
            return new TimeExpr(i, last + 2, TimeExpr.Kind.SAME_PERIOD, -1, 0, 0, false, false, false);
        }
        if (!comparedBefore(t, i)) {
            // "Over the same period, 168 names were added": the period of the figures before, not a year earlier.
            return null;
        }
        return new TimeExpr(i, last, TimeExpr.Kind.SAME_PERIOD, year, 0, 0, false, false, false);
    }

    /** "Last year during the same period there were 1,313": a comparison, so the year before. */
    private static boolean samePeriodAfter(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size() - 1, from + 4); k++) {
            if (is(t, k, "same") && is(t, k + 1, "period")) {
                return true;
            }
        }
        return false;
    }

    /** "last year", "the previous year", "a year earlier", "one year ago", "годом ранее", "в прошлом году". */
    private static TimeExpr previousYear(List<Token> t, int i) {
        String w = lower(t, i);
        if (w.equals("last") && is(t, i + 1, "year") && !is(t, i - 1, "same")) {
            // A report looks back on its coverage year as "last year" ("238 complaints were received last year");
            // only set against another figure ("up from 40 last year") is it the year before.
            return comparedBefore(t, i) || is(t, i - 1, "since") || samePeriodAfter(t, i + 2)
                    ? new TimeExpr(i, i + 1, TimeExpr.Kind.PREVIOUS_YEAR, 0, 1, 12, false, false, false)
                    : new TimeExpr(i, i + 1, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
        }
        if (w.equals("the") && is(t, i + 1, "year") && (is(t, i + 2, "before") || is(t, i + 2, "earlier"))) {
            return new TimeExpr(i, i + 2, TimeExpr.Kind.PREVIOUS_YEAR, 0, 1, 12, false, false, false);
        }
        if (w.equals("the") && (is(t, i + 1, "previous") || is(t, i + 1, "prior")) && is(t, i + 2, "year")) {
            return new TimeExpr(i, i + 2, TimeExpr.Kind.PREVIOUS_YEAR, 0, 1, 12, false, false, false);
        }
        if (w.equals("годом") && (is(t, i + 1, "ранее") || is(t, i + 1, "раньше"))) {
            return new TimeExpr(i, i + 1, TimeExpr.Kind.PREVIOUS_YEAR, 0, 1, 12, false, false, false); // "a year earlier"
        }
        if (w.equals("прошлом") && is(t, i + 1, "году")) {
            // "в прошлом году", "last year": the year a report looks back on, as in English.
            return new TimeExpr(i, i + 1, TimeExpr.Kind.YEAR, 0, 1, 12, false, false, false);
        }
        if ((w.equals("a") || w.equals("one")) && is(t, i + 1, "year")
                && (is(t, i + 2, "earlier") || is(t, i + 2, "before") || is(t, i + 2, "ago"))) {
            return new TimeExpr(i, i + 2, TimeExpr.Kind.PREVIOUS_YEAR, 0, 1, 12, false, false, false);
        }
        return null;
    }

    /** A month with optional days and year, or a year: "May 21", "25 October", "August 2 and 16, 2024", "mid-2023". */
    private static Date date(List<Token> t, int i) {
        int k = i;
        String w = lower(t, k);
        if (w.equals("early") || w.equals("mid") || w.equals("late") || w.equals("mid-")) {
            k++;
        }
        // Four digits, not just a digit first: "mid-20th" (century) made parseInt throw.
        if (w.startsWith("mid-") && w.length() == 8 && Character.isDigit(w.charAt(4)) && Character.isDigit(w.charAt(5))
                && Character.isDigit(w.charAt(6)) && Character.isDigit(w.charAt(7))) {
            int y = Integer.parseInt(w.substring(4));
            return y >= 1800 && y <= 2100 ? new Date(0, y, k + 1) : null;
        }
        if (NumberReader.isMonth(t, k)) {
            int m = Lexicon.MONTHS.get(lower(t, k));
            k++;
            if (isDay(t, k)) {
                k++;
                while ((is(t, k, "and") || is(t, k, "–") || is(t, k, "-") || (is(t, k, ",") && !isYear(t, k + 1)))
                        && isDay(t, k + 1)) {
                    k += 2;
                }
            }
            return new Date(m, yearAfter(t, k), afterYear(t, k));
        }
        if (isDay(t, k)) {
            int d = k + 1;
            while ((is(t, d, "and") || is(t, d, "–") || is(t, d, "-") || is(t, d, "to")) && isDay(t, d + 1)) {
                d += 2;
            }
            if (NumberReader.isMonth(t, d)) {
                int m = Lexicon.MONTHS.get(lower(t, d));
                return new Date(m, yearAfter(t, d + 1), afterYear(t, d + 1));
            }
            return numericDate(t, k);
        }
        if (isYear(t, k)) {
            return new Date(0, Integer.parseInt(t.get(k).text()), k + 1);
        }
        return numericDate(t, k);
    }

    /**
     * "20.02.2024" (one token: day, month, year, as written across Europe and the former Soviet Union) and
     * "02/20/24" or "20/02/2024" (five tokens; month first unless the first part cannot be a month). A two-digit
     * year is this century's. Only the year and month matter for dating a figure.
     */
    private static Date numericDate(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).isNumber()) {
            return null;
        }
        String s = t.get(k).text();
        int dot1 = s.indexOf('.');
        if (dot1 > 0) {
            int dot2 = s.indexOf('.', dot1 + 1);
            if (dot2 < 0 || s.indexOf('.', dot2 + 1) >= 0) {
                return null;
            }
            int day = digits(s, 0, dot1);
            int month = digits(s, dot1 + 1, dot2);
            int year = fullYear(digits(s, dot2 + 1, s.length()), s.length() - dot2 - 1);
            return day >= 1 && day <= 31 && month >= 1 && month <= 12 && year > 0 ? new Date(month, year, k + 1) : null;
        }
        if (!is(t, k + 1, "/") || !is(t, k + 3, "/") || k + 4 >= t.size() || !t.get(k + 2).isNumber()
                || !t.get(k + 4).isNumber()) {
            return null;
        }
        int a = digits(t.get(k).text(), 0, s.length());
        int b = digits(t.get(k + 2).text(), 0, t.get(k + 2).text().length());
        String y = t.get(k + 4).text();
        int year = fullYear(digits(y, 0, y.length()), y.length());
        int month = a >= 1 && a <= 12 && b >= 1 && b <= 31 ? a : b >= 1 && b <= 12 && a >= 13 && a <= 31 ? b : 0;
        return month > 0 && year > 0 ? new Date(month, year, k + 5) : null;
    }

    /** The value of the one or two (or four) digits of {@code s} from {@code from} to {@code to}, or -1. */
    private static int digits(String s, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int fullYear(int y, int width) {
        if (width == 2 && y >= 0) {
            return 2000 + y;
        }
        return width == 4 && y >= 1900 && y <= 2100 ? y : 0;
    }

    private static int yearAfter(List<Token> t, int k) {
        if (isYear(t, k)) {
            return Integer.parseInt(t.get(k).text());
        }
        if (is(t, k, ",") && isYear(t, k + 1)) {
            return Integer.parseInt(t.get(k + 1).text());
        }
        return 0;
    }

    private static int afterYear(List<Token> t, int k) {
        if (isYear(t, k)) {
            return k + 1;
        }
        if (is(t, k, ",") && isYear(t, k + 1)) {
            return k + 2;
        }
        return k;
    }

    private static boolean isDay(List<Token> t, int i) {
        if (i < 0 || i >= t.size() || !t.get(i).isNumber()) {
            return false;
        }
        String s = t.get(i).text();
        int n = s.length();
        int dash = s.indexOf('-') > 0 ? s.indexOf('-') : s.indexOf('–');
        if (dash > 0 && dash <= 2 && n - dash - 1 >= 1 && n - dash - 1 <= 2) {
            // "November 29-30": a range of days, read as its days' month.
            int a = digits(s, 0, dash);
            int b = digits(s, dash + 1, n);
            return a >= 1 && b <= 31 && a < b;
        }
        if (n > 2) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        int day = Integer.parseInt(s);
        return day >= 1 && day <= 31;
    }

    private static boolean isYear(List<Token> t, int i) {
        return i >= 0 && i < t.size() && NumberReader.isYearToken(t.get(i));
    }

    private static final Set<String> OPENING_MARKS = Lexicon.words("“", "\"", "«", "'", "‘", "(", "•", "-", "–", "—", "*");

    private static TimeExpr flag(List<Token> t, TimeExpr e) {
        int opener = 0;
        while (opener < t.size() && OPENING_MARKS.contains(lower(t, opener))) {
            opener++; // "“In 2010, ...": a quotation or a list item opens with a mark
        }
        if (opener < t.size() && FRONT_OPENERS.contains(lower(t, opener)) && is(t, opener + 1, ",")) {
            opener += 2;
        }
        String before0 = lower(t, e.first() - 1);
        boolean opensClause = e.first() == opener || before0.equals("that") || before0.equals(",") || before0.equals(";")
                || before0.equals(":") || (e.first() == opener + 1 && (before0.equals("if") || before0.equals("while")
                        || before0.equals("whereas") || before0.equals("although")))
                // "in 2023, 124 cases were registered, and in 2024, 151 cases": a second clause opens with its time.
                || ((before0.equals("and") || before0.equals("but") || before0.equals("while") || before0.equals("whereas"))
                        && is(t, e.first() - 2, ","));
        // "In July, ...", and a year heading a line of a list: "2017- 26 women were killed", "2019: 12 cases".
        boolean fronted = opensClause && (is(t, e.last() + 1, ",") || (e.first() == opener && e.kind() == TimeExpr.Kind.YEAR
                && (is(t, e.last() + 1, "-") || is(t, e.last() + 1, "–") || is(t, e.last() + 1, ":"))));
        boolean ofFollows = is(t, e.last() + 1, "of");
        int before = e.first() - 1;
        boolean episode = isEpisodeWord(lower(t, before))
                || ((isEpisodeWord(lower(t, e.last() + 1))
                        // "the 2020 mass protests": an adjective between the year and the event
                        || (e.kind() == TimeExpr.Kind.YEAR && e.first() == e.last() && e.last() + 2 < t.size()
                                && t.get(e.last() + 1).isWord() && !t.get(e.last() + 1).isCapitalized()
                                && !PREPOSITIONS.contains(lower(t, e.last() + 1)) && isEpisodeWord(lower(t, e.last() + 2))))
                        && (!PREPOSITIONS.contains(lower(t, e.first())) || EPISODE_PREPOSITIONS.contains(lower(t, e.first()))));
        if (!episode && e.hasYear() && !fronted) {
            episode = episodeNounBefore(t, e.first());
        }
        return e.withFlags(fronted, ofFollows, episode);
    }

    /**
     * "protests in the Central Asian nation in January 2022": an event noun a few words before the time, with only a
     * place between them, makes the time the episode's.
     */
    private static final Set<String> PLACE_LINKS = Lexicon.words("in", "across", "at", "near", "outside");

    private static boolean episodeNounBefore(List<Token> t, int first) {
        if (!is(t, first, "in") && !is(t, first, "during")) {
            return false;
        }
        for (int k = first - 1; k >= Math.max(0, first - 6); k--) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (!tok.isWord() || tok.isNumber() || w.endsWith("ed") || Lexicon.AUXILIARIES.contains(w)) {
                return false;
            }
            if (isEpisodeWord(w)) {
                // Right before the time is the ordinary case, read above; else the event noun must head the phrase
                // ("protests | in the … nation"), not modify another noun ("the election | results").
                return k < first - 1 && PLACE_LINKS.contains(lower(t, k + 1));
            }
        }
        return false;
    }

    static boolean isEpisodeWord(String w) {
        if (w.endsWith("ers") || w.endsWith("ors") || w.endsWith("ants") || w.endsWith("ists")) {
            return false;
        }
        char c = w.isEmpty() ? 0 : w.charAt(0);
        String[] stems = c < STEMS_BY_FIRST_LETTER.length ? STEMS_BY_FIRST_LETTER[c] : null;
        if (stems != null) {
            for (String stem : stems) {
                if (w.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #EPISODE_STEMS} by their first letter: a word is tried only against the few stems it may start with. */
    private static final String[][] STEMS_BY_FIRST_LETTER = stemsByFirstLetter();

    private static String[][] stemsByFirstLetter() {
        String[][] out = new String[128][];
        for (String stem : EPISODE_STEMS) {
            char c = stem.charAt(0);
            String[] old = out[c] == null ? new String[0] : out[c];
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = stem;
            out[c] = grown;
        }
        return out;
    }
}
