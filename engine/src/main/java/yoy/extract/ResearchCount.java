package yoy.extract;

import java.util.List;
import java.util.Locale;

/**
 * A number that counts the report's own research, not events: "Human Rights Watch interviewed 25 people",
 * "we spoke with 12 victims", "two lawyers who worked on 10 such cases", "we reviewed 40 court decisions". Such a
 * number is never a figure. Review verbs ("reviewed", "examined") count research only when their subject is the
 * publisher ("we", "our researchers", a word of the publisher's name): a court that reviewed 40 cases is news.
 */
final class ResearchCount {

    private ResearchCount() {
    }

    /** The research verb that governs the number, or null. {@code publisher}: the document's publisher, may be empty. */
    static String verb(SentenceView s, Quantity q, String publisher) {
        List<Token> t = s.tokens();
        int k = q.qualifierFirst() - 1;
        String before = NumberReader.lower(t, k);
        if (Lexicon.RESEARCH_VERBS.contains(before)) {
            return before;
        }
        if (before.equals("with") || before.equals("to") || before.equals("on")) {
            String verb = NumberReader.lower(t, k - 1);
            if (Lexicon.RESEARCH_VERBS_WITH.contains(verb)) {
                return verb + " " + before;
            }
        }
        if (Lexicon.REVIEW_VERBS.contains(before) && publisherIsSubject(t, k, publisher)) {
            return before;
        }
        return null;
    }

    /** True when "we", "our researchers" or a word of the publisher's name stands in the few words before the verb. */
    private static boolean publisherIsSubject(List<Token> t, int verb, String publisher) {
        String name = publisher == null ? "" : " " + publisher.toLowerCase(Locale.ROOT) + " ";
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
            String w = t.get(k).lower();
            if (Lexicon.SELF_SUBJECTS.contains(w) || (w.length() > 3 && name.contains(" " + w + " "))) {
                return true;
            }
        }
        return false;
    }
}
