package yoy.extract;

import java.util.List;
import java.util.Set;

/**
 * What a number counts: the words of its noun phrase ("154 <b>peaceful protests</b>"), as token
 * ranges. {@code head} stops at the first function word ("219 civilians | and 19 officers"); {@code
 * extended} runs on to the verb, for rules that look deeper into the phrase ("cases of torture and
 * ill-treatment <b>of children</b>"). {@code bare} means the number stands alone as a subject ("More
 * than 3,000 were placed ..."). {@code pronoun} means it counts people already named ("seven of them").
 */
record CountedNoun(int headFrom, int headTo, int extendedTo, boolean bare, boolean pronoun, int[] list) {

    private static final int[] NO_LIST = new int[0];

    CountedNoun(int headFrom, int headTo, int extendedTo, boolean bare, boolean pronoun) {
        this(headFrom, headTo, extendedTo, bare, pronoun, NO_LIST);
    }

    /** A number with no noun of its own at {@code at}, standing for people or things named elsewhere. */
    private static CountedNoun understood(int at) {
        return new CountedNoun(at, at, at, true, true);
    }

    private static final int MAX_HEAD = 6;
    /** "14 of the women", "150 of its members", "12 of their supporters". */
    private static final Set<String> POSSESSIVES = Lexicon.words("the", "its", "their", "our", "his", "her");
    private static final Set<String> PRONOUNS = Lexicon.words("them", "those", "these", "whom", "us");
    private static final int MAX_EXTENDED = 12;
    private static final Set<String> EXTENDED_STOPS = Lexicon.words("who", "whom", "whose", "which", "that", "were", "was",
            "are", "is", "had", "have", "has", "been", "be", "being", "will", "would", "could", "may", "might");

    static CountedNoun of(SentenceView s, Quantity q) {
        var t = s.tokens();
        int from = q.nounFrom();
        while (from < t.size() && Lexicon.NOUN_FILLERS.contains(t.get(from).lower())) {
            from++;
        }
        int share = NumberReader.percentAsideAfter(t, from);
        if (share > from) {
            // "141 or 38.8% of the 363 murders": the part is counted by the total's noun; "Of them, 43 (37%) were
            // sentenced": the share stands between a bare subject and its verb.
            from = share;
        }
        if (NumberReader.is(t, from, "of") && PRONOUNS.contains(NumberReader.lower(t, from + 1))) {
            return understood(from + 2);
        }
        if (NumberReader.is(t, from, "of") && POSSESSIVES.contains(NumberReader.lower(t, from + 1)) && from + 2 < t.size()
                && t.get(from + 2).isWord() && !t.get(from + 2).isNumber()
                && NumberReader.numberWord(NumberReader.lower(t, from + 2)) < 0) {
            // "14 of the women were killed": a part of a group named before, counted by the group's noun.
            from += 2;
        }
        // "57 of the 71 applications", "41 out of 60 rallies": the noun follows the total.
        int total = totalAfter(t, from);
        if (total > from) {
            from = total;
            while (from < t.size() && Lexicon.NOUN_FILLERS.contains(t.get(from).lower())) {
                from++;
            }
        }
        boolean more = false;
        for (int k = q.nounFrom(); k < from; k++) {
            more |= t.get(k).lower().equals("more") || t.get(k).lower().equals("others");
        }
        int to = headEnd(t, from, from);
        if (isOccasions(t, from) && to == from + 1 && !NumberReader.is(t, q.qualifierFirst() - 1, "by")
                && !MULTIPLIER_AFTER.contains(NumberReader.lower(t, from + 1))) {
            // "detained journalists more than 40 times", "Journalists were detained 500 times": occasions of what the
            // verb did to the noun before the number, which is what is counted.
            int object = occasionsOf(t, q.qualifierFirst());
            if (object >= 0) {
                return new CountedNoun(object, object + 1, object + 1, false, false);
            }
        }
        if (to == from + 1 && isCoordinatedAdjective(t, from)) {
            // "13,500 religious and political prisoners": two adjectives of one noun, not two counted nouns.
            to = headEnd(t, from, from + 2);
        }
        if (to == from && NumberReader.is(t, q.qualifierFirst() - 1, "(") && q.qualifierFirst() >= 2
                && !t.get(q.qualifierFirst() - 2).isNumber() && !t.get(q.qualifierFirst() - 2).isCapitalized()) {
            // "a record number of incidents (469)": the noun before the bracket; "in a penal colony (70, including
            // ...)": the category before it, understood as people. Not "article 143 (1)", a part of a label.
            int end = q.qualifierFirst() - 1;
            int start = end;
            while (start > 0 && end - start < MAX_HEAD && t.get(start - 1).isWord() && !t.get(start - 1).isNumber()
                    && !Lexicon.NOUN_PHRASE_STOPS.contains(t.get(start - 1).lower())) {
                start--;
            }
            if (start < end && isPlural(t.get(end - 1)) && !afterPlacePreposition(t, start)) {
                return new CountedNoun(start, end, end, false, false);
            }
            return understood(from);
        }
        if (to == from || Lexicon.SUBJECT_VERBS.contains(t.get(from).lower()) || isBareWord(t, from)) {
            int named = namedNumberOf(t, q.qualifierFirst());
            s.work.steps += q.qualifierFirst() - Math.max(named, 0);
            if (named >= 0) {
                // "The number of political prisoners rose from 169 to 969": the noun stands before.
                int end = named;
                // "the number of imprisoned journalists": a participle may open the noun phrase, not end it.
                while (end < t.size() && end - named < MAX_HEAD && t.get(end).isWord()
                        && !Lexicon.NOUN_PHRASE_STOPS.contains(t.get(end).lower())
                        && !Lexicon.SUBJECT_VERBS.contains(t.get(end).lower()) && (end == named || !isBareWord(t, end))) {
                    end++;
                }
                if (end > named) {
                    return new CountedNoun(named, end, end, false, false);
                }
            }
        }
        if (to == from && isOfWhich(t, q.qualifierFirst())) {
            // "363 murders were committed last year, of which 141 are family-related": the noun of the count before.
            CountedNoun antecedent = antecedentOf(s, q.qualifierFirst() - 3);
            if (antecedent != null) {
                // The phrase runs on to the number, so that the verb after it is the figure's own.
                return new CountedNoun(antecedent.headFrom(), antecedent.headTo(), q.last() + 1, false, true);
            }
        }
        if (to == from && more) {
            // "Hundreds more were ...", "Five more": the people of the figure before.
            return understood(from);
        }
        if ((Lexicon.SUBJECT_VERBS.contains(NumberReader.lower(t, from)) || (isBareWord(t, from) && endsPhrase(t, from + 1)))
                && opensClause(t, q.qualifierFirst())) {
            // "35 people were charged, 19 were sentenced", "• nine were sentenced", "At least 35 are under investigation":
            // "Of these, 77 learned about the prosecution": a bare subject stands for the people the text speaks of.
            return understood(from);
        }
        if (NumberReader.is(t, q.qualifierFirst() - 1, "with") && NumberReader.is(t, from, "given")) {
            // "21,000 were penalized, with 2,307 given administrative detention": a part of the people just named.
            return understood(from);
        }
        if (to == from && NumberReader.is(t, from, "who")) {
            // "including 105 who received prison terms": the relative pronoun stands for people.
            return understood(from);
        }
        if (to == from && isElidedObject(t, q.qualifierFirst(), from)) {
            // "Police detained 2,501 at rallies", "the lists contain 102.": the verb's object, whose noun is understood.
            return understood(from);
        }
        int ext = to;
        while (ext < t.size() && ext - from < MAX_EXTENDED && !t.get(ext).isPunct()
                && !EXTENDED_STOPS.contains(t.get(ext).lower())) {
            ext++;
        }
        boolean bare = to == from || Lexicon.SUBJECT_VERBS.contains(t.get(from).lower())
                || (t.get(from).lower().endsWith("ed") && !t.get(from).isCapitalized());
        return new CountedNoun(from, to, ext, bare, false, bare ? NO_LIST : list(t, to));
    }

    /**
     * The other nouns of a list that the number counts together with its head, as token ranges [from, to) in pairs:
     * "hundreds of journalists<b>, activists, and demonstrators</b>". Empty when no list follows. A list item is one
     * to three words, and the list ends with "and" or "or" and its last item.
     */
    private static int[] list(List<Token> t, int headTo) {
        if (headTo == 0 || !isPlural(t.get(headTo - 1))) {
            return NO_LIST;
        }
        List<Integer> ranges = new java.util.ArrayList<>();
        int k = headTo;
        boolean closed = false;
        while (!closed && k < t.size() && (NumberReader.is(t, k, ",") || NumberReader.is(t, k, "and") || NumberReader.is(t, k, "or"))) {
            closed = !NumberReader.is(t, k, ",");
            k++;
            if (NumberReader.is(t, k, "and") || NumberReader.is(t, k, "or")) {
                closed = true;
                k++;
            }
            int from = k;
            while (k < t.size() && k - from < 3 && t.get(k).isWord() && !t.get(k).isNumber()
                    && NumberReader.numberWord(t.get(k).lower()) < 0 && !Lexicon.NOUN_PHRASE_STOPS.contains(t.get(k).lower())) {
                k++;
            }
            if (k == from || !isPlural(t.get(k - 1))
                    || (k < t.size() && t.get(k).isWord() && !Lexicon.NOUN_PHRASE_STOPS.contains(t.get(k).lower()))) {
                return NO_LIST;
            }
            ranges.add(from);
            ranges.add(k);
        }
        if (!closed) {
            return NO_LIST;
        }
        return ranges.stream().mapToInt(Integer::intValue).toArray();
    }

    /** ", of which 141", ", of whom 13": a part of what the clause before counted. */
    private static boolean isOfWhich(List<Token> t, int first) {
        String w = NumberReader.lower(t, first - 1);
        return (w.equals("which") || w.equals("whom")) && NumberReader.is(t, first - 2, "of") && NumberReader.is(t, first - 3, ",");
    }

    /** The noun of the last count before token {@code before} that has one of its own, or null. */
    private static CountedNoun antecedentOf(SentenceView s, int before) {
        // Backwards from the "of which": the nearest count decides, and the counts before it are not read.
        for (int i = s.quantities.size() - 1; i >= 0; i--) {
            Quantity other = s.quantities.get(i);
            s.work.steps++;
            if (other.qualifierFirst() >= before || !other.isCount()) {
                continue;
            }
            CountedNoun n = of(s, other);
            if (n.headTo() > n.headFrom() && !n.bare() && n.headTo() <= before) {
                return n;
            }
        }
        return null;
    }

    /** End of the head noun phrase that starts at {@code from}, walked on from {@code to}. */
    private static int headEnd(List<Token> t, int from, int to) {
        while (to < t.size() && to - from < MAX_HEAD && t.get(to).isWord()
                && (!Lexicon.NOUN_PHRASE_STOPS.contains(t.get(to).lower())
                        || (t.get(to).lower().equals("the") && to > from && t.get(to - 1).lower().equals("of")))) {
            to++;
        }
        return to;
    }

    /** True when the number opens its sentence, a clause after a comma or semicolon, or an item of a list. */
    private static boolean opensClause(List<Token> t, int first) {
        if (first == 0) {
            return true;
        }
        String prev = t.get(first - 1).lower();
        return prev.equals(",") || prev.equals(";") || prev.equals(":") || prev.equals("•") || prev.equals("-")
                || prev.equals("–") || prev.equals("—")
                || (prev.equals("and") && NumberReader.is(t, first - 2, ",")); // "…, and over 7,000 were detained"
    }

    /**
     * The plural noun that "N times" counts occasions of: the object right before the number ("detained journalists
     * 40 times"), or the subject of a passive ("Journalists were detained 500 times"); -1 when there is none.
     */
    private static int occasionsOf(List<Token> t, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 5); k--) {
            if (isPlural(t.get(k)) && !Lexicon.NOUN_PHRASE_STOPS.contains(t.get(k).lower()) && !t.get(k).lower().endsWith("ed")) {
                return k;
            }
            if (t.get(k).isPunct()) {
                return -1;
            }
        }
        return -1;
    }

    /** "40 times", "on more than 500 occasions": occasions of what a verb did, not a noun of their own. */
    static boolean isOccasions(List<Token> t, int i) {
        return NumberReader.is(t, i, "times") || NumberReader.is(t, i, "occasions");
    }

    /** "five times more", "three times as many": a multiplier, not occasions. */
    private static final Set<String> MULTIPLIER_AFTER = Lexicon.words("more", "higher", "as", "less", "fewer", "over",
            "greater", "larger", "lower", "the");

    /** "in prisons and penal colonies (132)": the words before the bracket name a place, not what is counted. */
    private static boolean afterPlacePreposition(List<Token> t, int start) {
        for (int k = start - 1; k >= Math.max(0, start - 5) && !t.get(k).isPunct(); k--) {
            if (PLACE_PREPOSITIONS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.words("in", "at", "into", "under", "on", "to");

    /** A lone lower-case word that is no plural, then "and" or "or", then another word: "religious and political". */
    private static boolean isCoordinatedAdjective(List<Token> t, int i) {
        String link = NumberReader.lower(t, i + 1);
        return !isPlural(t.get(i)) && !t.get(i).isCapitalized() && (link.equals("and") || link.equals("or"))
                && i + 2 < t.size() && t.get(i + 2).isWord() && !t.get(i + 2).isNumber()
                && NumberReader.numberWord(NumberReader.lower(t, i + 2)) < 0
                && !Lexicon.NOUN_PHRASE_STOPS.contains(NumberReader.lower(t, i + 2));
    }

    /** A word that looks like a plural noun: "activists", not "religious", "press" or "status". */
    private static boolean isPlural(Token tok) {
        String w = tok.lower();
        return tok.isWord() && w.endsWith("s") && !w.endsWith("ous") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is") || w.equals("people") || w.equals("men") || w.equals("women") || w.equals("children");
    }

    /**
     * A number right after a verb ("detained", "contain") with no noun after it: the sentence ends, a clause ends,
     * or a place or time follows ("in Moscow", "on Sunday").
     */
    private static boolean isElidedObject(List<Token> t, int first, int after) {
        if (first < 1 || !t.get(first - 1).isWord() || t.get(first - 1).isCapitalized() || t.get(first - 1).isNumber()) {
            return false;
        }
        String verb = t.get(first - 1).lower();
        if (!(verb.endsWith("ed") || verb.equals("contain") || verb.equals("contains") || verb.equals("held"))) {
            return false;
        }
        String next = NumberReader.lower(t, after);
        return next.isEmpty() || next.equals(".") || next.equals(",") || next.equals(";") || ELIDED_FOLLOWERS.contains(next)
                || (next.endsWith("ly") && next.length() > 4 && !t.get(after).isCapitalized()); // "designated 1,300 currently ...
    }

    private static final Set<String> ELIDED_FOLLOWERS = Lexicon.words("in", "on", "at", "during", "across", "after", "since",
            "and", "while");

    /** True when no word of a noun phrase stands at {@code i}: "learned | about", not "initiated | criminal cases". */
    private static boolean endsPhrase(List<Token> t, int i) {
        return i >= t.size() || !t.get(i).isWord() || Lexicon.NOUN_PHRASE_STOPS.contains(t.get(i).lower());
    }

    private static boolean isBareWord(List<Token> t, int i) {
        return i < t.size() && t.get(i).lower().endsWith("ed") && !t.get(i).isCapitalized();
    }

    /** Index of the noun after "the number of" (or "количество") earlier in the sentence, or of "death toll", or -1. */
    private static int namedNumberOf(List<Token> t, int before) {
        for (int k = before - 2; k >= 1; k--) {
            if (NumberReader.is(t, k, "of") && NumberReader.is(t, k - 1, "number")) {
                return k + 1;
            }
            if (NumberReader.is(t, k - 1, "количество")) {
                return k; // "количество правонарушений составляло 208": the number of offences
            }
            if (NumberReader.is(t, k, "toll") && NumberReader.is(t, k - 1, "death")) {
                return k - 1;
            }
        }
        return -1;
    }

    /** Index after "of the 71", "out of 60" or "from the 305" at {@code i} (the part of a ratio stands before), or -1. */
    static int totalAfter(List<Token> t, int i) {
        int k = i;
        if (NumberReader.is(t, k, "out")) {
            k++;
        }
        boolean from = NumberReader.is(t, k, "from") && NumberReader.is(t, k + 1, "the"); // "121 from the 305 detained"
        if (!NumberReader.is(t, k, "of") && !from) {
            return -1;
        }
        k++;
        if (NumberReader.is(t, k, "the")) {
            k++;
        }
        if (k < t.size() && (t.get(k).isNumber() || NumberReader.numberWord(t.get(k).lower()) >= 0)) {
            return k + 1;
        }
        return -1;
    }
}
