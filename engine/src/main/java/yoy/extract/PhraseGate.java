package yoy.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import yoy.indicators.Phrase;

/**
 * Which lists of phrases surely stand nowhere in a sentence, told from its raw text without tokenising it: whether
 * a sentence may hold a paragraph's topic ({@link Paragraph#anyBefore}) or a word a time expression needs
 * ({@link TimeReader#triggers}). Figures look back through the sentences before them for those, and in a paragraph
 * of thousands of sentences (a report on one line, a report with no full stop) that had nearly every sentence
 * tokenised and read, mostly to find nothing. This answers most of them for a glance at their letters.
 *
 * <p>The test is conservative, as {@link SentenceGate} is: it may say that a list may stand when it does not, never
 * the reverse. A phrase matches words, and a word pattern's runs of ASCII letters are runs of letters of the text:
 * a word token begins where a run begins (nothing that continues a word stands before it), and within it a run ends
 * and the next begins wherever the pattern has something else than a letter ("ill" and "treat" of
 * {@code ill-treat*}). So for a phrase to stand, each of those runs of its words must stand in the sentence as a run
 * of its own, in any case, or as the start of one where the pattern ends in {@code *} ({@code protest} of
 * {@code protest*}). Lower-casing a character beyond ASCII may give an ASCII letter (the Kelvin sign gives "k"), and
 * a pattern with a character beyond ASCII ({@code митинг*}) is matched by a token that holds one: so a sentence with
 * any character beyond ASCII that may stand in a word (a letter, a digit, a combining mark) may hold every list. A
 * phrase of no letters at all may stand anywhere. Immutable; thread-safe.
 */
final class PhraseGate {

    /** For each list number of the index, its bit, or 0 for a list not asked about here (it may stand anywhere). */
    private final long[] bitOf;
    /** The bits of the lists with a phrase that has no run of ASCII letters: every sentence may hold them. */
    private final long always;
    /** The bits of every list with one: a sentence that may hold them all needs no further reading. */
    private final long every;
    /**
     * The keys (the runs of the patterns) by how a run of the text that may match them begins, so that a run is looked
     * up without hashing it: by its one letter, its two, or its first three (see {@link KeyStarts}). Each entry lists
     * the numbers of its keys, or is null when none begins so.
     */
    private final int[][] bySingle = new int[26][];
    private final int[][] byPair = new int[26 * 26][];
    private final int[][] byTriple = new int[26 * 26 * 26][];
    /**
     * Which entries of {@link #byTriple} are not null, as bits: most runs begin as no key does, and this table fits
     * in the processor's first cache where the other does not.
     */
    private final long[] triples = new long[(26 * 26 * 26 + 63) >> 6];
    /** The keys, and which of them a run need only begin with (before a {@code *}). */
    private final char[][] keys;
    private final boolean[] leading;
    /** For each key, the lists of the phrases that need no other key: a run that matches it tells them at once. */
    private final long[] alone;
    /**
     * For each key, the lists of the phrases that are one word of it alone ({@code rally}, {@code protest*}): a run
     * that matches it, and surely is a token's start (and its end, for a whole word), says they stand.
     */
    private final long[] sureOf;
    /**
     * For each key, the phrases of several keys that it opens (each phrase is filed under its first key), as the
     * numbers of their other keys and the bit of their list: those are read once the whole sentence is.
     */
    private final int[][][] opens;
    private final long[][] opensList;

    /**
     * {@code lists}: the phrases of the lists to tell, by list number, the first 64 of them (any others may stand
     * anywhere); {@code count}: how many lists the index numbers.
     */
    PhraseGate(Map<Integer, List<Phrase>> lists, int count) {
        bitOf = new long[count];
        long keyless = 0;
        Map<String, Integer> ids = new LinkedHashMap<>(); // a key, "*" after it when leading -> its number
        List<int[]> keysOf = new ArrayList<>();
        List<Long> listOf = new ArrayList<>();
        Map<String, Long> sure = new LinkedHashMap<>(); // a one-word phrase, "*" and all -> its lists
        int bit = 0;
        for (Map.Entry<Integer, List<Phrase>> e : lists.entrySet()) {
            if (bit == 64) {
                break;
            }
            long b = 1L << bit++;
            bitOf[e.getKey()] = b;
            for (Phrase p : e.getValue()) {
                if (p.words().stream().anyMatch(w -> w.chars().anyMatch(c -> c >= 128))) {
                    continue; // told by the sentence's characters beyond ASCII
                }
                List<Integer> need = new ArrayList<>();
                for (String w : p.words()) {
                    for (int i = 0; i < w.length(); i++) {
                        if (!isLower(w.charAt(i))) {
                            continue;
                        }
                        int end = i;
                        while (end < w.length() && isLower(w.charAt(end))) {
                            end++;
                        }
                        String key = w.substring(i, end) + (end < w.length() && w.charAt(end) == '*' ? "*" : "");
                        need.add(ids.computeIfAbsent(key, k -> ids.size()));
                        i = end;
                    }
                }
                if (p.words().size() == 1 && p.words().get(0).matches("[a-z]+\\*?")) {
                    sure.merge(p.words().get(0), b, (x, y) -> x | y);
                }
                if (need.isEmpty()) {
                    keyless |= b;
                } else {
                    keysOf.add(need.stream().distinct().mapToInt(Integer::intValue).toArray());
                    listOf.add(b);
                }
            }
        }
        this.always = keyless;
        this.every = bit == 64 ? -1L : (1L << bit) - 1;
        keys = new char[ids.size()][];
        leading = new boolean[ids.size()];
        alone = new long[ids.size()];
        sureOf = new long[ids.size()];
        sure.forEach((word, b) -> sureOf[ids.get(word)] |= b);
        List<List<int[]>> others = new ArrayList<>();
        List<List<Long>> othersList = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            others.add(new ArrayList<>());
            othersList.add(new ArrayList<>());
        }
        for (int p = 0; p < keysOf.size(); p++) {
            int[] need = keysOf.get(p);
            if (need.length == 1) {
                alone[need[0]] |= listOf.get(p);
            } else {
                others.get(need[0]).add(java.util.Arrays.copyOfRange(need, 1, need.length));
                othersList.get(need[0]).add(listOf.get(p));
            }
        }
        opens = others.stream().map(l -> l.toArray(int[][]::new)).toArray(int[][][]::new);
        opensList = othersList.stream().map(l -> l.stream().mapToLong(Long::longValue).toArray()).toArray(long[][]::new);
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            int id = e.getValue();
            String k = e.getKey();
            leading[id] = k.endsWith("*");
            keys[id] = (leading[id] ? k.substring(0, k.length() - 1) : k).toCharArray();
            file(keys[id], leading[id], id);
        }
    }

    /** Files key {@code id} under the starts of the runs that may match it. */
    private void file(char[] k, boolean lead, int id) {
        int a = k[0] - 'a';
        if (k.length == 1) {
            add(bySingle, a, id);
        } else if (k.length == 2) {
            add(byPair, a * 26 + k[1] - 'a', id);
        } else {
            add(byTriple, (a * 26 + k[1] - 'a') * 26 + k[2] - 'a', id);
        }
        if (lead) {
            // A leading key of one or two letters begins longer runs too.
            for (int b = 0; b < 26 && k.length == 1; b++) {
                add(byPair, a * 26 + b, id);
                for (int c = 0; c < 26; c++) {
                    add(byTriple, (a * 26 + b) * 26 + c, id);
                }
            }
            for (int c = 0; c < 26 && k.length == 2; c++) {
                add(byTriple, (a * 26 + k[1] - 'a') * 26 + c, id);
            }
        }
    }

    private void add(int[][] table, int at, int id) {
        int[] ids = table[at] == null ? new int[1] : java.util.Arrays.copyOf(table[at], table[at].length + 1);
        ids[ids.length - 1] = id;
        table[at] = ids;
        if (table == byTriple) {
            triples[at >> 6] |= 1L << at;
        }
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * What {@link #lists} tells of a sentence: the bits of the lists that may stand in it, and of those that surely
     * do.
     */
    record Lists(long may, long sure) {
    }

    /** False when surely no phrase of list {@code list} stands in a sentence of these {@code lists}. */
    boolean mayHold(Lists lists, int list) {
        long b = bitOf[list];
        return b == 0 || (lists.may() & b) != 0;
    }

    /** True when a phrase of list {@code list} surely stands in a sentence of these {@code lists}. */
    boolean surelyHolds(Lists lists, int list) {
        return (lists.sure() & bitOf[list]) != 0;
    }

    /** What the letters of text[from, to), one sentence, tell of the lists: see {@link #mayHold}, {@link #surelyHolds}. */
    Lists lists(char[] text, int from, int to) {
        long found = always;
        long sure = 0;
        long[] seen = null; // the keys found, once one of several keys is
        int i = from;
        while (i < to) {
            char c = text[i];
            if (c >= 128) {
                if (Tokenizer.keepsInWord(c)) { // a word the tokenizer would read that this table cannot tell
                    return new Lists(-1L, sure);
                }
                i++;
                continue;
            }
            if (!LETTER[c]) {
                i++;
                continue;
            }
            int start = i;
            do {
                i++;
            } while (i < to && text[i] < 128 && LETTER[text[i]]);
            // A run that goes on beyond ASCII is told by the character there, on the next turn.
            int n = i - start;
            int a = (c | 0x20) - 'a';
            int[] candidates;
            if (n >= 3) {
                int t = (a * 26 + (text[start + 1] | 0x20) - 'a') * 26 + (text[start + 2] | 0x20) - 'a';
                if ((triples[t >> 6] & 1L << t) == 0) {
                    continue;
                }
                candidates = byTriple[t];
            } else {
                candidates = n == 1 ? bySingle[a] : byPair[a * 26 + (text[start + 1] | 0x20) - 'a'];
                if (candidates == null) {
                    continue;
                }
            }
            for (int id : candidates) {
                char[] key = keys[id];
                if ((key.length == n || (leading[id] && key.length < n)) && sameLetters(key, text, start)) {
                    found |= alone[id];
                    if (sureOf[id] != 0 && (start == from || bounds(text[start - 1])) && (leading[id] || i == to || bounds(text[i]))) {
                        sure |= sureOf[id];
                    }
                    if (seen == null) {
                        seen = new long[(keys.length + 63) >> 6];
                    }
                    seen[id >> 6] |= 1L << id;
                }
            }
        }
        if (seen == null) {
            return new Lists(found, sure);
        }
        for (int id = 0; id < keys.length && (found & every) != every; id++) {
            if ((seen[id >> 6] & 1L << id) == 0) {
                continue;
            }
            int[][] phrases = opens[id];
            for (int p = 0; p < phrases.length; p++) {
                if ((found & opensList[id][p]) == 0 && all(phrases[p], seen)) {
                    found |= opensList[id][p];
                }
            }
        }
        return new Lists(found, sure);
    }

    /**
     * True when a word token surely neither goes on across {@code c} nor runs into a run of letters beside it: an ASCII
     * space or mark, but no hyphen or apostrophe (which join letters), and nothing beyond ASCII (to be safe).
     */
    private static boolean bounds(char c) {
        return c < 128 && !LETTER[c] && (c < '0' || c > '9') && c != '-' && c != '\'';
    }

    private static boolean all(int[] ids, long[] seen) {
        for (int id : ids) {
            if ((seen[id >> 6] & 1L << id) == 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the key equals the ASCII letters at {@code start}, ignoring their case. */
    private static boolean sameLetters(char[] key, char[] text, int start) {
        for (int k = 0; k < key.length; k++) {
            if (key[k] != (text[start + k] | 0x20)) {
                return false;
            }
        }
        return true;
    }

    private static final boolean[] LETTER = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            LETTER[c] = true;
            LETTER[c - 32] = true;
        }
    }
}
