package yoy.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.indicators.Measure;
import yoy.indicators.Phrase;

/**
 * Every phrase of an indicator set, numbered, and indexed by its first word, so that one pass over a
 * sentence's words finds where every phrase matches. Rules then ask for positions instead of rescanning
 * the sentence for each number and measure.
 *
 * <p>Every list of phrases the rules ask about (a measure's cues, an indicator's exclusions, ...) is numbered
 * too, and a sentence's hits are filed under the lists they belong to: a sentence matches a handful of the
 * set's phrases, so a question about a list of forty cues looks at the one or two of them that stand in the
 * sentence, not at forty. Thread-safe: the only state that changes after construction is per-thread scratch
 * space and a cache of which phrases can start at a given word.
 */
final class PhraseIndex {

    private static final int[] NONE = new int[0];
    /** Enough for the vocabulary of a large corpus; beyond it, words are looked up without being cached. */
    private static final int CACHE_LIMIT = 200_000;

    /**
     * The distinct phrases, by their word patterns: the same words recur in many lists ("people" is a noun of
     * eight measures), and matched once per sentence rather than once per list, a word has half as many
     * phrases to try.
     */
    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<List<String>, Integer> ids = new HashMap<>();
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    private final List<Integer> prefixed = new ArrayList<>();
    /** For each phrase of {@link #prefixed}, its first word pattern alone ("protest*"). */
    private final Map<Integer, Phrase> firstPattern = new HashMap<>();
    /** The number of every list of phrases the rules ask about, by identity. */
    private final IdentityHashMap<List<Phrase>, Integer> listNumbers = new IdentityHashMap<>();
    /** For each phrase, the lists holding it as pairs (list number, index in the list). */
    private final List<List<Integer>> memberOf = new ArrayList<>();
    private final ConcurrentHashMap<String, int[]> startingAt = new ConcurrentHashMap<>();

    /** Hot-path forms of the above, made once the set is indexed. */
    private final int[][] memberships;
    /** Each phrase's word patterns with a trailing {@code *} cut off, and which of them were prefixes. */
    private final String[][] patterns;
    private final boolean[][] prefixes;
    /**
     * For each phrase, the indicators it is a cue of, as bits {@code 1L << (indicator index % 64)}: a quick test
     * for the rules, exact up to 64 indicators and merely conservative beyond.
     */
    private final long[] cueOf;
    private final int lists;
    /** Tells the topic lists that surely stand nowhere in a sentence from its raw text. */
    private final PhraseGate topics;

    PhraseIndex(IndicatorSet set) {
        List<Indicator> indicators = set.indicators();
        Map<Integer, List<Phrase>> topicLists = new java.util.LinkedHashMap<>();
        for (Indicator ind : indicators) {
            addAll(ind.exclude());
            addAll(ind.topic().any());
            topicLists.put(listNumbers.get(ind.topic().any()), ind.topic().any());
            for (Measure m : ind.measures()) {
                addAll(m.nouns());
                addAll(m.kindNouns());
                addAll(m.cues());
                addAll(m.requires());
                addAll(m.nounRequires());
                if (m.topic() != null) {
                    addAll(m.topic().any());
                    topicLists.put(listNumbers.get(m.topic().any()), m.topic().any());
                }
            }
        }
        int n = phrases.size();
        memberships = new int[n][];
        patterns = new String[n][];
        prefixes = new boolean[n][];
        cueOf = new long[n];
        for (int id = 0; id < n; id++) {
            memberships[id] = memberOf.get(id).stream().mapToInt(Integer::intValue).toArray();
            List<String> words = phrases.get(id).words();
            patterns[id] = new String[words.size()];
            prefixes[id] = new boolean[words.size()];
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                prefixes[id][i] = w.endsWith("*");
                patterns[id][i] = prefixes[id][i] ? w.substring(0, w.length() - 1) : w;
            }
        }
        for (int k = 0; k < indicators.size(); k++) {
            for (Measure m : indicators.get(k).measures()) {
                for (Phrase cue : m.cues()) {
                    cueOf[ids.get(cue.words())] |= indicatorBit(k);
                }
            }
        }
        lists = listNumbers.size();
        topics = new PhraseGate(topicLists, lists);
    }

    private static long indicatorBit(int indicator) {
        return 1L << (indicator & 63);
    }

    private void addAll(List<Phrase> list) {
        if (listNumbers.containsKey(list)) {
            return;
        }
        int number = listNumbers.size();
        listNumbers.put(list, number);
        for (int k = 0; k < list.size(); k++) {
            List<Integer> member = memberOf.get(add(list.get(k)));
            member.add(number);
            member.add(k);
        }
    }

    private int add(Phrase p) {
        Integer known = ids.get(p.words());
        if (known != null) {
            return known;
        }
        int id = phrases.size();
        phrases.add(p);
        ids.put(p.words(), id);
        memberOf.add(new ArrayList<>());
        String first = p.words().get(0);
        if (first.endsWith("*")) {
            prefixed.add(id);
            firstPattern.put(id, new Phrase(first, List.of(first)));
        } else {
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(id);
        }
        return id;
    }

    /** How many lists of phrases are numbered: list numbers run from 0 to this, exclusive. */
    int lists() {
        return lists;
    }

    /** The test that tells which topic lists surely stand nowhere in a sentence, before it is tokenised. */
    PhraseGate topics() {
        return topics;
    }

    /** The number of a list of phrases of the set (by identity), for the questions of {@link Hits}. */
    int list(List<Phrase> list) {
        Integer number = listNumbers.get(list);
        if (number == null) {
            throw new IllegalArgumentException("not a list of the indexed set: " + list);
        }
        return number;
    }

    /**
     * Where the phrases of each list match in a sentence, in word positions, as a chain of entries per list:
     * {@code head[l]} is one more than the first entry of list {@code l} (0: none), and entry {@code e} is
     * {@code entries[STRIDE*e ..]}: the phrase's index in the list, its length in words, the range of
     * {@code positions} holding where it starts (ascending), and one more than the next entry of the list.
     */
    static final class Hits {

        static final int STRIDE = 5;
        static final Hits EMPTY = new Hits(null, NONE, NONE, 0, new Work());

        private final int[] head;
        private final int[] entries;
        private final int[] positions;
        /** {@link #cueOf} of every phrase found. */
        private final long cuedIndicators;
        /** Counts the positions the questions below read. */
        private final Work work;

        private Hits(int[] head, int[] entries, int[] positions, long cuedIndicators, Work work) {
            this.head = head;
            this.entries = entries;
            this.positions = positions;
            this.cuedIndicators = cuedIndicators;
            this.work = work;
        }

        private int first(int list) {
            return head == null ? -1 : STRIDE * (head[list] - 1);
        }

        private int next(int e) {
            return STRIDE * (entries[e + 4] - 1);
        }

        /** True when some phrase of the list matches anywhere in the sentence. */
        boolean has(int list) {
            return head != null && head[list] != 0;
        }

        /** True when some cue of some measure matches anywhere in the sentence. */
        boolean anyCue() {
            return cuedIndicators != 0;
        }

        /**
         * False when no cue of any measure of the indicator (by its index in the set) matches in the sentence;
         * true when one may.
         */
        boolean mayCue(int indicator) {
            return (cuedIndicators & indicatorBit(indicator)) != 0;
        }

        /** True when some phrase of the list matches wholly within words [from, to). */
        boolean any(int list, int from, int to) {
            for (int e = first(list); e >= 0; e = next(e)) {
                int length = entries[e + 1];
                work.steps += entries[e + 3] - entries[e + 2] + 1;
                for (int k = entries[e + 2], end = entries[e + 3]; k < end; k++) {
                    int w = positions[k];
                    if (w >= from && w + length <= to) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * The nearest match within words [from, to) of any phrase of the list, as (word distance from word
         * {@code anchor}) {@code << 32 |} (the phrase's index in the list), or -1. Ties go to the earlier phrase
         * of the list.
         */
        long nearest(int list, int from, int to, int anchor) {
            long best = -1;
            for (int e = first(list); e >= 0; e = next(e)) {
                int index = entries[e];
                int length = entries[e + 1];
                work.steps += entries[e + 3] - entries[e + 2] + 1;
                for (int k = entries[e + 2], end = entries[e + 3]; k < end; k++) {
                    int w = positions[k];
                    if (w >= from && w + length <= to) {
                        int d = w > anchor ? w - anchor : Math.max(0, anchor - (w + length - 1));
                        long candidate = (long) d << 32 | index;
                        if (best < 0 || candidate < best) {
                            best = candidate;
                        }
                    }
                }
            }
            return best;
        }

        /** Length of the longest phrase of the list that matches wholly within words [from, to), or 0. */
        int longest(int list, int from, int to) {
            int best = 0;
            for (int e = first(list); e >= 0; e = next(e)) {
                int length = entries[e + 1];
                if (length <= best) {
                    continue;
                }
                work.steps += entries[e + 3] - entries[e + 2] + 1;
                for (int k = entries[e + 2], end = entries[e + 3]; k < end; k++) {
                    int w = positions[k];
                    if (w >= from && w + length <= to) {
                        best = length;
                        break;
                    }
                }
            }
            return best;
        }
    }

    /**
     * Per-thread work space of {@link #hits}, as large as the set of phrases: allocating it for every sentence
     * was most of the memory extraction churned through. Counts are back to zero after each use; the arrays
     * stay, to be filled again.
     */
    private final class Scratch {
        final int[][] found = new int[phrases.size()][];
        final int[] counts = new int[phrases.size()];
        int[] matched = new int[16];
        String[] words = new String[64];
        final StartCache starts = new StartCache();
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** The hits of every phrase in the words (the tokens that are not punctuation) of {@code tokens}; questions count in {@code work}. */
    Hits hits(List<Token> tokens, Work work) {
        Scratch s = scratch.get();
        String[] words = s.words;
        if (words.length < tokens.size()) {
            words = s.words = new String[Math.max(tokens.size(), 2 * words.length)];
        }
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (!tok.isPunct()) {
                words[n++] = tok.lower();
            }
        }
        int[][] found = s.found;
        int[] counts = s.counts;
        int[] matched = s.matched;
        int nMatched = 0;
        int nPositions = 0;
        for (int w = 0; w < n; w++) {
            for (int id : s.starts.startingAt(words[w])) {
                if (matchesAt(id, words, n, w)) {
                    if (counts[id] == 0) {
                        matched = nMatched == matched.length ? (s.matched = Arrays.copyOf(matched, nMatched * 2)) : matched;
                        matched[nMatched++] = id;
                    }
                    add(found, counts, id, w);
                    nPositions++;
                }
            }
        }
        if (nMatched == 0) {
            return Hits.EMPTY;
        }
        return collect(s, nMatched, nPositions, work);
    }

    /** Files the phrases found by {@link #hits} under their lists, and clears the scratch space for the next sentence. */
    private Hits collect(Scratch s, int nMatched, int nPositions, Work work) {
        int[] matched = s.matched;
        int[] counts = s.counts;
        int[] positions = new int[nPositions];
        int nEntries = 0;
        for (int k = 0; k < nMatched; k++) {
            nEntries += memberships[matched[k]].length / 2;
        }
        int[] head = new int[lists];
        int[] entries = new int[Hits.STRIDE * nEntries];
        long cued = 0;
        int from = 0;
        int e = 0;
        for (int k = 0; k < nMatched; k++) {
            int id = matched[k];
            int to = from + counts[id];
            System.arraycopy(s.found[id], 0, positions, from, counts[id]);
            counts[id] = 0;
            int[] member = memberships[id];
            for (int j = 0; j < member.length; j += 2) {
                int list = member[j];
                entries[e] = member[j + 1];
                entries[e + 1] = patterns[id].length;
                entries[e + 2] = from;
                entries[e + 3] = to;
                entries[e + 4] = head[list];
                head[list] = e / Hits.STRIDE + 1;
                e += Hits.STRIDE;
            }
            cued |= cueOf[id];
            from = to;
        }
        return new Hits(head, entries, positions, cued, work);
    }

    /** True when phrase {@code id}, whose first word is known to match word {@code w}, matches from there on. */
    private boolean matchesAt(int id, String[] words, int n, int w) {
        String[] pattern = patterns[id];
        if (w + pattern.length > n) {
            return false;
        }
        boolean[] prefix = prefixes[id];
        for (int i = 1; i < pattern.length; i++) {
            if (prefix[i] ? !words[w + i].startsWith(pattern[i]) : !pattern[i].equals(words[w + i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per thread, the phrases starting at recently seen words, two ways by the word's hash. The shared map
     * behind it was a tenth of extraction's time: a sentence's words mostly stood in the sentences before it,
     * and the tokenizer hands out one string per word, so a slot is usually confirmed by identity.
     */
    private final class StartCache {
        private static final int SLOTS = 16384;
        private final String[] words = new String[SLOTS];
        private final int[][] ids = new int[SLOTS][];

        int[] startingAt(String word) {
            int h = word.hashCode();
            // Two ways, as in the WordCache: a pair of slots for each hash, the newest word first.
            int slot = (h ^ (h >>> 12)) & (SLOTS - 2);
            String known = words[slot];
            if (known == word || (known != null && known.equals(word))) {
                return ids[slot];
            }
            String second = words[slot + 1];
            if (second == word || (second != null && second.equals(word))) {
                return ids[slot + 1];
            }
            int[] found = PhraseIndex.this.startingAt(word);
            words[slot + 1] = known;
            ids[slot + 1] = ids[slot];
            words[slot] = word;
            ids[slot] = found;
            return found;
        }
    }

    /** The phrases whose first word pattern matches {@code word}: the same few thousand words recur, so cached. */
    private int[] startingAt(String word) {
        int[] cached = startingAt.get(word);
        if (cached != null) {
            return cached;
        }
        List<Integer> out = new ArrayList<>(byFirstWord.getOrDefault(word, List.of()));
        for (int id : prefixed) {
            // Filed under their initial, as the word must start with it (a lone "*" matches no word).
            Phrase first = firstPattern.get(id);
            if (!word.isEmpty() && word.charAt(0) == first.text().charAt(0) && first.matchesAt(List.of(word), 0)) {
                out.add(id);
            }
        }
        out.sort(null);
        int[] ids = out.isEmpty() ? NONE : out.stream().mapToInt(Integer::intValue).toArray();
        if (startingAt.size() < CACHE_LIMIT) {
            startingAt.put(word, ids);
        }
        return ids;
    }

    private static void add(int[][] found, int[] counts, int id, int w) {
        int[] a = found[id];
        if (a == null) {
            a = found[id] = new int[2];
        } else if (counts[id] == a.length) {
            a = found[id] = Arrays.copyOf(a, a.length * 2);
        }
        a[counts[id]++] = w;
    }
}
