package yoy.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The words at which the number reader may start a number, for {@link SentenceGate}'s test on raw text.
 *
 * <p>The number reader starts a number only at a token with a digit, or at a number word or a vague quantity;
 * "dozen", "hundred", "thousand", "handful", "few" and "couple" start one only after "a" or "an" (after a
 * number word, the number word starts it), and "tens" only in "tens of thousands", where "thousands" stands
 * too. Each such token begins with one of those words as a run of letters, so looking at the letter runs of
 * the text is enough.
 */
final class NumberWords {

    /** Words that start a number only after "a" or "an" ("a dozen", "a few"); after a number word, that word starts it. */
    static final List<String> AFTER_ARTICLE = List.of("dozen", "hundred", "thousand", "handful", "few", "couple");
    /** Words that start a number wherever they stand: vague quantities ("hundreds", "several"). */
    static final List<String> ALWAYS = always();
    /** Number words ("five", "twenty"): a number, a duration when a unit of time follows ("five years"). */
    static final List<String> COUNTING = counting();

    private NumberWords() {
    }

    private static List<String> always() {
        List<String> words = new ArrayList<>(Lexicon.VAGUE.keySet());
        words.removeAll(AFTER_ARTICLE);
        return List.copyOf(words);
    }

    private static List<String> counting() {
        List<String> words = new ArrayList<>(Lexicon.UNITS.keySet());
        words.addAll(Lexicon.TENS.keySet());
        return List.copyOf(words);
    }
}
