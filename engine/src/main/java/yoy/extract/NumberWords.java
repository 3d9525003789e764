package yoy.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The words at which the number reader may start a number, for {@link SentenceGate}'s test on raw text.
 *
 * <p>The number reader starts a number only at a token with a digit, or at a word that is a number word,
 * a vague quantity, "dozen", "hundred", "thousand" or "tens" (an article counts only before one of
 * these). Each such token begins with one of those words as a run of letters, so looking at the letter
 * runs of the text is enough.
 */
final class NumberWords {

    static final List<String> WORDS = words();

    private NumberWords() {
    }

    private static List<String> words() {
        List<String> words = new ArrayList<>(Lexicon.UNITS.keySet());
        words.addAll(Lexicon.TENS.keySet());
        words.addAll(Lexicon.VAGUE.keySet());
        words.addAll(List.of("dozen", "hundred", "thousand", "tens"));
        return List.copyOf(words);
    }
}
