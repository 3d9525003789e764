package yoy.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * A cheap test run on raw text before a sentence is tokenised: can a number stand in it at all? It is
 * conservative (it may say yes when the number reader finds nothing, never the reverse), so skipping
 * the sentences it refuses changes no result.
 *
 * <p>The number reader starts a number only at a token with a digit, or at a word that is a number word,
 * a vague quantity, "dozen", "hundred", "thousand" or "tens" (an article counts only before one of
 * these). Each such token begins with one of those words as a run of letters, so looking at the letter
 * runs of the text is enough. A run with a letter beyond ASCII is let through, since its lower case
 * might be one of these words.
 *
 * <p>This runs on every character of the corpus, so it allocates nothing: the words sit in a small
 * open-addressing table probed with a hash computed while the run is scanned.
 */
final class NumberWords {

    private static final int SLOTS = 128;
    private static final char[][] TABLE = new char[SLOTS][];
    private static final int LONGEST;

    static {
        Set<String> words = new HashSet<>(Lexicon.UNITS.keySet());
        words.addAll(Lexicon.TENS.keySet());
        words.addAll(Lexicon.VAGUE.keySet());
        words.addAll(Set.of("dozen", "hundred", "thousand", "tens"));
        int longest = 0;
        for (String w : words) {
            int slot = w.hashCode() & (SLOTS - 1);
            while (TABLE[slot] != null) {
                slot = (slot + 1) & (SLOTS - 1);
            }
            TABLE[slot] = w.toCharArray();
            longest = Math.max(longest, w.length());
        }
        LONGEST = longest;
    }

    private NumberWords() {
    }

    static boolean mayHoldNumber(char[] text, int from, int to) {
        char[] run = new char[LONGEST];
        int i = from;
        while (i < to) {
            char c = text[i];
            if (isDigit(c)) {
                return true;
            }
            if (!isLetter(c)) {
                i++;
                continue;
            }
            int n = 0;
            int hash = 0;
            boolean plain = true;
            for (; i < to && isLetter(c = text[i]); i++) {
                plain &= c < 128;
                char lower = (char) (c | 0x20); // meaningful for ASCII letters only, which is all that is looked up
                if (n < LONGEST) {
                    run[n] = lower;
                }
                hash = 31 * hash + lower;
                n++;
            }
            if (!plain || (n <= LONGEST && known(run, n, hash))) {
                return true;
            }
        }
        return false;
    }

    /** {@code hash} is {@link String#hashCode} of the run, so the table is probed as it was filled. */
    private static boolean known(char[] run, int n, int hash) {
        for (int slot = hash & (SLOTS - 1); TABLE[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            if (java.util.Arrays.equals(TABLE[slot], 0, TABLE[slot].length, run, 0, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }
}
