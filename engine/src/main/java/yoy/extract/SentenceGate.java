package yoy.extract;

import java.util.ArrayList;
import java.util.List;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.indicators.Measure;
import yoy.indicators.Phrase;

/**
 * A cheap test run on a sentence's raw text before it is tokenised: can it yield a figure at all? A figure
 * needs a number, and every measure needs one of its cues in the sentence, so a sentence without both is
 * never tokenised for its own sake (a later sentence may still read it as context). The test is
 * conservative: it may say yes when extraction finds nothing, never the reverse, so skipping the sentences
 * it refuses changes no result.
 *
 * <p>Both tests look at the runs of letters of the text. A number starts at a digit or at a number word
 * ({@link NumberWords}). A cue matches a word token, and a word token starts with a run of letters: for a
 * cue word such as {@code refus*} or {@code ill-treat*}, its leading ASCII letters ("refus", "ill") must
 * begin the run, or be the whole run when something other than {@code *} follows them. A run with a letter
 * beyond ASCII is let through, since its lower case might be anything.
 *
 * <p>This runs on every character of the corpus, so it allocates nothing per sentence: the cue keys sit in
 * small open-addressing tables probed with a hash computed while the run is scanned. Immutable; thread-safe.
 */
final class SentenceGate {

    /** Flags of a key in {@link #whole}: the three kinds of {@link NumberWords}, a cue's key. */
    private static final int NUMBER = 1;
    private static final int CUE = 2;
    private static final int COUNTING = 4;
    private static final int AFTER_ARTICLE = 8;
    private static final int TENS = 16;

    /**
     * Runs looked up whole: number words and the keys of cues ("denied"), in one table so that a run costs one
     * probe. And the keys that must begin a run ("refus" of {@code refus*}).
     */
    private final KeyTable whole;
    /**
     * The leading keys, and the first {@link #prefixLength} letters of each (the length of the shortest): a run is
     * looked up by its prefix's hash, kept while it is scanned, and only a prefix that matches is compared with
     * the keys themselves.
     */
    private final char[][] leading;
    private final KeyTable leadingPrefixes;
    private final int prefixLength;
    /** False when some cue can match a word that begins with a digit: every sentence with a number may then hold a cue. */
    private final boolean cuesByLetters;

    /** How every key, whole or leading, begins (see {@link KeyStarts}). */
    private final KeyStarts keyStarts;

    /** True when every word of every cue is plain ASCII: then a word with a letter beyond ASCII is no cue word. */
    private final boolean asciiCues;

    private SentenceGate(List<String> wholeKeys, List<String> leadingKeys, boolean cuesByLetters, boolean asciiCues) {
        this.asciiCues = asciiCues;
        java.util.Map<String, Integer> flags = new java.util.HashMap<>();
        NumberWords.ALWAYS.forEach(w -> flags.merge(w, NUMBER, (a, b) -> a | b));
        NumberWords.COUNTING.forEach(w -> flags.merge(w, COUNTING, (a, b) -> a | b));
        NumberWords.AFTER_ARTICLE.forEach(w -> flags.merge(w, AFTER_ARTICLE, (a, b) -> a | b));
        Lexicon.TENS.keySet().forEach(w -> flags.merge(w, TENS, (a, b) -> a | b));
        wholeKeys.forEach(k -> flags.merge(k, CUE, (a, b) -> a | b));
        this.whole = new KeyTable(flags);
        this.leading = leadingKeys.stream().distinct().sorted().map(String::toCharArray).toArray(char[][]::new);
        this.prefixLength = leadingKeys.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        this.leadingPrefixes = new KeyTable(leadingKeys.stream().map(k -> k.substring(0, prefixLength)).toList());
        this.cuesByLetters = cuesByLetters;
        this.keyStarts = new KeyStarts(flags.keySet(), leadingKeys);
    }

    /** The gate of every cue of every measure of {@code set}. */
    static SentenceGate of(IndicatorSet set) {
        List<String> wholeKeys = new ArrayList<>();
        List<String> leadingKeys = new ArrayList<>();
        boolean byLetters = true;
        boolean ascii = true;
        for (Indicator ind : set.indicators()) {
            for (Measure m : ind.measures()) {
                for (Phrase cue : m.cues()) {
                    byLetters &= addKey(cue, wholeKeys, leadingKeys);
                    ascii &= cue.words().stream().allMatch(w -> w.chars().allMatch(c -> c < 128));
                }
            }
        }
        return new SentenceGate(wholeKeys, leadingKeys, byLetters, ascii);
    }

    /**
     * Files the key of one cue: one of its words must stand in the sentence for the cue to match, and the
     * longest run of letters is the rarest in general ("custody" of "in custody"). False when the cue may
     * match with no run of letters to tell it, as when all its words begin with digits.
     */
    private static boolean addKey(Phrase cue, List<String> wholeKeys, List<String> leadingKeys) {
        String best = null;
        for (String word : cue.words()) {
            if (best == null || asciiLetters(word) > asciiLetters(best)) {
                best = word;
            }
        }
        int n = asciiLetters(best);
        if (n == 0) {
            // A word token begins with a letter or a digit. A word beginning with a letter beyond ASCII matches
            // only runs the scan lets through anyway; one beginning with a mark or a '*' matches no word.
            return !cue.words().stream().allMatch(w -> Character.isDigit(w.charAt(0)));
        }
        String key = best.substring(0, n);
        if (n < best.length() && best.charAt(n) == '*') {
            leadingKeys.add(key);
        } else {
            wholeKeys.add(key);
        }
        return true;
    }

    /** How many lower-case ASCII letters the word begins with. */
    private static int asciiLetters(String word) {
        int n = 0;
        while (n < word.length() && isAsciiLetter(word.charAt(n))) {
            n++;
        }
        return n;
    }

    /**
     * False when text[from, to) surely yields no figure: it holds no number, or no cue of any measure. With
     * {@code countsOnly}, a number must be one that may be a count: a year, a day or a duration does not do (see
     * {@link NotCounts});
     * without it, any number does, as {@code explain} shows years as near misses.
     */
    boolean mayYield(char[] text, int from, int to, boolean countsOnly) {
        boolean number = false;
        boolean cue = !cuesByLetters;
        // Digits are judged only once a cue stands: judging them (is it a year? a day?) costs more than finding a
        // cue, and most sentences with digits have none. Until then, where the first digits were met.
        int unjudged = -1;
        int i = from;
        while (i < to) {
            char c = text[i];
            if (!isLetter(c)) {
                if (!number && isDigit(c)) {
                    int end = digitsEnd(text, i, to);
                    if (cue) {
                        number = mayCount(text, from, to, i, end, countsOnly);
                        if (number) {
                            return true;
                        }
                    } else if (unjudged < 0) {
                        unjudged = i;
                    }
                    i = end;
                    continue;
                }
                i++;
                continue;
            }
            if (c < 128 && !startsKey(text, i, to)) {
                // No key begins as this run does (nor, lower-cased, does a word that begins so): it is passed
                // over without hashing it. Most runs are common words ("the", "of", "and").
                i++;
                while (i < to && isLetter(text[i])) {
                    i++;
                }
                continue;
            }
            int start = i;
            int hash = 0;
            int prefixHash = 0;
            boolean plain = true;
            do {
                plain &= c < 128;
                hash = 31 * hash + (c | 0x20); // the lower case of ASCII letters, the only runs looked up
                i++;
                if (i - start == prefixLength) {
                    prefixHash = hash;
                }
            } while (i < to && isLetter(c = text[i]));
            int n = i - start;
            boolean leads = !cue && n >= prefixLength && leadingPrefixes.holds(text, start, prefixLength, prefixHash)
                    && leadsWith(text, start, n);
            if (NotCounts.continuesToken(text, from, start)) {
                continue; // neither a number word nor a cue word: both are whole tokens, found by their start
            }
            if (!plain) {
                // Names in other scripts or with accents ("Mijatović"): such a token, lower-cased, is no number word
                // and no ASCII cue word, but it may begin with a leading key ("refusé").
                if (!asciiCues || !staysBeyondAscii(text, start, i)) {
                    return true;
                }
                if (leads && !cue) {
                    cue = true;
                    number = number || anyCount(text, from, to, unjudged, start, countsOnly);
                }
                if (number && cue) {
                    return true;
                }
                continue;
            }
            int flags = whole.flags(text, start, n, hash);
            number = number || numberWord(flags, text, from, to, start, i, countsOnly);
            if (!cue && (leads || (flags & CUE) != 0)) {
                cue = true;
                number = number || anyCount(text, from, to, unjudged, start, countsOnly);
            }
            if (number && cue) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the digits text[start, end) may be a count. Digits that continue a token ("12" of "10-12", "2023"
     * of "mid-2023") are judged with its start.
     */
    private static boolean mayCount(char[] text, int from, int to, int start, int end, boolean countsOnly) {
        return !NotCounts.continuesToken(text, from, start)
                && (!countsOnly || !NotCounts.digits(text, from, to, start, end));
    }

    /** True when some run of digits in text[first, upTo) may be a count; none when {@code first} is -1. */
    private static boolean anyCount(char[] text, int from, int to, int first, int upTo, boolean countsOnly) {
        if (first < 0) {
            return false;
        }
        int k = first;
        while (k < upTo) {
            if (isDigit(text[k])) {
                int end = digitsEnd(text, k, to);
                if (mayCount(text, from, to, k, end, countsOnly)) {
                    return true;
                }
                k = end;
            } else {
                k++;
            }
        }
        return false;
    }

    /** False when the run of letters at {@code i}, whose first letter is ASCII, surely matches no key. */
    private boolean startsKey(char[] text, int i, int to) {
        char b = i + 1 < to ? text[i + 1] : ' ';
        if (b >= 128 || !ASCII_LETTER[b]) {
            return isLetter(b) || keyStarts.single(text[i]);
        }
        char d = i + 2 < to ? text[i + 2] : ' ';
        if (d >= 128 || !ASCII_LETTER[d]) {
            return isLetter(d) || keyStarts.pair(text[i], b);
        }
        return keyStarts.triple(text[i], b, d);
    }

    /** True when the run of letters text[start, start + n) begins with a leading key. */
    private boolean leadsWith(char[] text, int start, int n) {
        for (char[] key : leading) {
            if (key.length <= n && KeyTable.sameLetters(key, text, start, key.length)) {
                return true;
            }
        }
        return false;
    }

    /** True when some letter of text[start, end) stays beyond ASCII in lower case, so the word cannot equal an ASCII word. */
    private static boolean staysBeyondAscii(char[] text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text[k];
            if (c >= 128 && Character.toLowerCase(c) >= 128 && Character.toUpperCase(c) >= 128) {
                return true;
            }
        }
        return false;
    }

    /** True when the run of letters text[start, end), a token's start with {@code flags}, may start a number (a count). */
    private static boolean numberWord(int flags, char[] text, int from, int to, int start, int end, boolean countsOnly) {
        if ((flags & AFTER_ARTICLE) != 0) {
            return NotCounts.articleBefore(text, from, to, start);
        }
        if ((flags & (NUMBER | COUNTING)) == 0) {
            return false;
        }
        return !countsOnly || !NotCounts.numberWord(text, from, to, start, end, (flags & TENS) != 0);
    }

    /** End of the run of ASCII digits at {@code i}; a digit beyond ASCII stands alone. */
    private static int digitsEnd(char[] text, int i, int to) {
        int k = i + 1;
        if (text[i] < 128) {
            while (k < to && text[k] >= '0' && text[k] <= '9') {
                k++;
            }
        }
        return k;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static final boolean[] ASCII_LETTER = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = true;
            ASCII_LETTER[c - 32] = true;
        }
    }

    /**
     * A table for ASCII: this runs on every character of the corpus. Curly quotes and dashes (the General
     * Punctuation block, which holds no letter) are common in reports and answered without a lookup.
     */
    private static boolean isLetter(char c) {
        return c < 128 ? ASCII_LETTER[c] : (c < '\u2000' || c > '\u206F') && Character.isLetter(c);
    }

    /** Lower-case ASCII keys in an open-addressing table, probed by {@link String#hashCode} of the run. */
    static final class KeyTable {
        private final char[][] slots;
        /** Each slot's hash, compared before its characters: most probes meet another word or an empty slot. */
        private final int[] hashes;
        private final int[] flags;
        /** Longer runs are not looked up. */
        private final int longest;

        KeyTable(List<String> keys) {
            this(keys.stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> 1, (a, b) -> a)));
        }

        /** Keys with flags other than 0. */
        KeyTable(java.util.Map<String, Integer> keyFlags) {
            // An eighth full: most runs are no key, and an empty slot ends their probe at once.
            int size = Integer.highestOneBit(Math.max(8, keyFlags.size() * 8) - 1) << 1;
            slots = new char[size][];
            hashes = new int[size];
            flags = new int[size];
            int max = 0;
            for (java.util.Map.Entry<String, Integer> e : new java.util.TreeMap<>(keyFlags).entrySet()) {
                String k = e.getKey();
                int slot = k.hashCode() & (size - 1);
                while (slots[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                slots[slot] = k.toCharArray();
                hashes[slot] = k.hashCode();
                flags[slot] = e.getValue();
                max = Math.max(max, k.length());
            }
            longest = max;
        }

        /**
         * True when the run of ASCII letters {@code text[from, from + n)}, lower-cased, is a key; {@code hash} is
         * {@link String#hashCode} of its lower case.
         */
        boolean holds(char[] text, int from, int n, int hash) {
            return flags(text, from, n, hash) != 0;
        }

        /** The flags of the ASCII letters text[from, to), lower-cased, as a key, or 0 when they are none. */
        int flagsOf(char[] text, int from, int to) {
            int hash = 0;
            for (int k = from; k < to; k++) {
                hash = 31 * hash + (text[k] | 0x20);
            }
            return flags(text, from, to - from, hash);
        }

        /** The flags of the run as a key (see {@link #holds}), or 0 when it is none. */
        int flags(char[] text, int from, int n, int hash) {
            if (n > longest) {
                return 0;
            }
            int mask = slots.length - 1;
            for (int slot = hash & mask; slots[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && sameLetters(slots[slot], text, from, n)) {
                    return flags[slot];
                }
            }
            return 0;
        }

        static boolean sameLetters(char[] key, char[] text, int from, int n) {
            if (key.length != n) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (key[k] != (text[from + k] | 0x20)) {
                    return false;
                }
            }
            return true;
        }
    }
}
