package yoy.extract;

/**
 * The strings of recently seen words, so that a word met again is not made again: reports repeat a few
 * thousand words, and each new string cost an allocation, a lower-casing and a hash computed anew at every
 * set lookup. Sharing one string per word also lets later comparisons succeed on identity. Equal characters
 * give back equal strings, so results cannot change. One cache per thread; not thread-safe.
 */
final class WordCache {

    /** Direct-mapped: a word evicts the one in its slot. Small enough to stay in the processor's cache. */
    private static final int SLOTS = 16384;
    /** Longer words are rare and seldom repeat: they are made afresh. */
    private static final int LONGEST = 24;

    private static final ThreadLocal<WordCache> PER_THREAD = ThreadLocal.withInitial(WordCache::new);

    private final Word[] slots = new Word[SLOTS];
    /** Each slot's characters and hash, beside it: comparing them is cheaper than reading the word's string. */
    private final char[][] keys = new char[SLOTS][];
    private final int[] hashes = new int[SLOTS];

    /** A word's text, its normalised lower case, whether it is a number and its {@link WordTags}, as the tokenizer makes them. */
    record Word(String text, String lower, boolean number, int tags) {
    }

    static WordCache get() {
        return PER_THREAD.get();
    }

    /**
     * The word {@code text[from, to)}, whose characters hash to {@code hash} as {@link String#hashCode} would, made by
     * {@code make} only when the cache does not hold it.
     */
    Word word(char[] text, int from, int to, int hash, WordMaker make) {
        if (to - from > LONGEST) {
            return make.make(text, from, to);
        }
        // Two ways: the slots come in pairs, and a word is in either of its pair's. Direct-mapped, two frequent words
        // of a slot pushed each other out at every turn: a fortieth of the words of a long report were made again.
        int slot = (hash ^ (hash >>> 12)) & (SLOTS - 2);
        if (holds(slot, text, from, to, hash)) {
            return slots[slot];
        }
        if (holds(slot + 1, text, from, to, hash)) {
            return slots[slot + 1];
        }
        // The newest word goes first; the one it displaces goes second, and the one second before is forgotten.
        slots[slot + 1] = slots[slot];
        keys[slot + 1] = keys[slot];
        hashes[slot + 1] = hashes[slot];
        Word made = make.make(text, from, to);
        slots[slot] = made;
        keys[slot] = java.util.Arrays.copyOfRange(text, from, to);
        hashes[slot] = hash;
        return made;
    }

    private boolean holds(int slot, char[] text, int from, int to, int hash) {
        char[] key = keys[slot];
        return key != null && hashes[slot] == hash && sameChars(key, text, from, to);
    }

    private static boolean sameChars(char[] key, char[] text, int from, int to) {
        // The range form of Arrays.equals compares many characters per step.
        return java.util.Arrays.equals(key, 0, key.length, text, from, to);
    }

    @FunctionalInterface
    interface WordMaker {
        Word make(char[] text, int from, int to);
    }
}
