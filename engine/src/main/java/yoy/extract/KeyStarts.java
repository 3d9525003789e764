package yoy.extract;

import java.util.Collection;

/**
 * How keys begin, for {@link SentenceGate} to pass over a run of letters that matches none without hashing it:
 * a run of one or two letters must be a key (or the start of a leading key), a longer run must begin with the
 * first three letters of a key. Keys are lower-case ASCII letters; runs are compared ignoring ASCII case.
 */
final class KeyStarts {

    private final boolean[] singles = new boolean[26];
    private final boolean[] pairs = new boolean[26 * 26];
    private final boolean[] triples = new boolean[26 * 26 * 26];

    /** {@code whole}: keys a run must equal; {@code leading}: keys a run must begin with. */
    KeyStarts(Collection<String> whole, Collection<String> leading) {
        for (String k : whole) {
            mark(k, false);
        }
        for (String k : leading) {
            mark(k, true);
        }
    }

    private void mark(String key, boolean leading) {
        int a = key.charAt(0) - 'a';
        if (key.length() == 1) {
            singles[a] = true;
        } else if (key.length() == 2) {
            pairs[a * 26 + key.charAt(1) - 'a'] = true;
        } else {
            triples[(a * 26 + key.charAt(1) - 'a') * 26 + key.charAt(2) - 'a'] = true;
        }
        if (leading) {
            // A leading key of one or two letters begins runs of every length.
            for (int b = 0; b < 26 && key.length() == 1; b++) {
                pairs[a * 26 + b] = true;
                for (int c = 0; c < 26; c++) {
                    triples[(a * 26 + b) * 26 + c] = true;
                }
            }
            for (int c = 0; c < 26 && key.length() == 2; c++) {
                triples[(a * 26 + key.charAt(1) - 'a') * 26 + c] = true;
            }
        }
    }

    /** A run of the one ASCII letter {@code a}. */
    boolean single(char a) {
        return singles[(a | 0x20) - 'a'];
    }

    /** A run of the two ASCII letters {@code a b}. */
    boolean pair(char a, char b) {
        return pairs[((a | 0x20) - 'a') * 26 + (b | 0x20) - 'a'];
    }

    /** A run that begins with the three ASCII letters {@code a b c}. */
    boolean triple(char a, char b, char c) {
        return triples[(((a | 0x20) - 'a') * 26 + (b | 0x20) - 'a') * 26 + (c | 0x20) - 'a'];
    }
}
