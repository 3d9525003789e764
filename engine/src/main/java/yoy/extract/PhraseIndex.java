package yoy.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * <p>Phrases are numbered so that a sentence's hits are an array, not a map: looking them up is on the
 * hot path of every figure. Thread-safe: the only state that changes after construction is a cache of
 * which phrases can start at a given word.
 */
final class PhraseIndex {

    private static final int[] NONE = new int[0];
    /** Enough for the vocabulary of a large corpus; beyond it, words are looked up without being cached. */
    private static final int CACHE_LIMIT = 200_000;

    private final List<Phrase> phrases = new ArrayList<>();
    private final IdentityHashMap<Phrase, Integer> ids = new IdentityHashMap<>();
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    private final List<Integer> prefixed = new ArrayList<>();
    /** For each phrase of {@link #prefixed}, its first word pattern alone ("protest*"). */
    private final Map<Integer, Phrase> firstPattern = new HashMap<>();
    /** Phrase numbers of every list of phrases the rules ask about, so that a query costs one lookup. */
    private final IdentityHashMap<List<Phrase>, int[]> listIds = new IdentityHashMap<>();
    /** Measure number (in set order) of every measure, and the measures each cue phrase belongs to. */
    private final IdentityHashMap<Measure, Integer> measureIndex = new IdentityHashMap<>();
    private final List<List<Integer>> cueOf = new ArrayList<>();
    private final ConcurrentHashMap<String, int[]> startingAt = new ConcurrentHashMap<>();
    /** {@link #cueOf} as arrays, for the hot path. */
    private final int[][] measuresCued;

    PhraseIndex(IndicatorSet set) {
        for (Indicator ind : set.indicators()) {
            addAll(ind.exclude());
            addAll(ind.topic().any());
            for (Measure m : ind.measures()) {
                int n = measureIndex.size();
                measureIndex.put(m, n);
                addAll(m.nouns());
                addAll(m.cues());
                addAll(m.requires());
                addAll(m.nounRequires());
                if (m.topic() != null) {
                    addAll(m.topic().any());
                }
                for (Phrase cue : m.cues()) {
                    cueOf.get(ids.get(cue)).add(n);
                }
            }
        }
        measuresCued = new int[cueOf.size()][];
        for (int id = 0; id < measuresCued.length; id++) {
            measuresCued[id] = cueOf.get(id).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private void addAll(List<Phrase> list) {
        int[] numbers = new int[list.size()];
        for (int k = 0; k < list.size(); k++) {
            numbers[k] = add(list.get(k));
        }
        listIds.put(list, numbers);
    }

    private int add(Phrase p) {
        Integer known = ids.get(p);
        if (known != null) {
            return known;
        }
        int id = phrases.size();
        phrases.add(p);
        ids.put(p, id);
        cueOf.add(new ArrayList<>());
        String first = p.words().get(0);
        if (first.endsWith("*")) {
            prefixed.add(id);
            firstPattern.put(id, new Phrase(first, List.of(first)));
        } else {
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(id);
        }
        return id;
    }

    int measureIndex(Measure m) {
        return measureIndex.get(m);
    }

    Phrase phrase(int id) {
        return phrases.get(id);
    }

    /** The numbers of the phrases of {@code list}, in its order. */
    int[] ids(List<Phrase> list) {
        int[] known = listIds.get(list);
        if (known != null) {
            return known;
        }
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) {
            Integer id = ids.get(list.get(k));
            out[k] = id == null ? -1 : id;
        }
        return out;
    }

    /**
     * Where phrases match in a sentence, and the measures one of whose cues stands somewhere in it. A sentence
     * matches a handful of the set's phrases, so only those are kept: {@code ids} sorted, {@code positions[k]}
     * the word positions of phrase {@code ids[k]}.
     */
    record Hits(int[] ids, int[][] positions, BitSet cuedMeasures) {

        /** Word positions where phrase {@code id} matches, or null where it does not. */
        int[] of(int id) {
            int k = id < 0 ? -1 : Arrays.binarySearch(ids, id);
            return k < 0 ? null : positions[k];
        }
    }

    /**
     * Per-thread work space of {@link #hits}, as large as the set of phrases: allocating it for every sentence
     * was most of the memory extraction churned through. Counts are back to zero after each use; the position
     * arrays stay, to be filled again.
     */
    private final ThreadLocal<int[][]> foundScratch = ThreadLocal.withInitial(() -> new int[phrases.size()][]);
    private final ThreadLocal<int[]> countScratch = ThreadLocal.withInitial(() -> new int[phrases.size()]);

    /** The hits of every phrase in {@code words}. */
    Hits hits(List<String> words) {
        int[][] found = foundScratch.get();
        int[] counts = countScratch.get();
        StartCache starts = startCache.get();
        int[] matched = new int[8];
        int nMatched = 0;
        for (int w = 0; w < words.size(); w++) {
            for (int id : starts.startingAt(words.get(w))) {
                if (phrases.get(id).matchesAt(words, w)) {
                    if (counts[id] == 0) {
                        matched = nMatched == matched.length ? Arrays.copyOf(matched, nMatched * 2) : matched;
                        matched[nMatched++] = id;
                    }
                    add(found, counts, id, w);
                }
            }
        }
        int[] ids = Arrays.copyOf(matched, nMatched);
        Arrays.sort(ids);
        int[][] positions = new int[nMatched][];
        BitSet cued = new BitSet(measureIndex.size());
        for (int k = 0; k < nMatched; k++) {
            int id = ids[k];
            positions[k] = Arrays.copyOf(found[id], counts[id]);
            counts[id] = 0;
            for (int m : measuresCued[id]) {
                cued.set(m);
            }
        }
        return new Hits(ids, positions, cued);
    }

    private final ThreadLocal<StartCache> startCache = ThreadLocal.withInitial(StartCache::new);

    /**
     * Per thread, the phrases starting at recently seen words, direct-mapped by the word's hash. The shared map
     * behind it was a tenth of extraction's time: a sentence's words mostly stood in the sentences before it,
     * and the tokenizer hands out one string per word, so a slot is usually confirmed by identity.
     */
    private final class StartCache {
        private static final int SLOTS = 4096;
        private final String[] words = new String[SLOTS];
        private final int[][] ids = new int[SLOTS][];

        int[] startingAt(String word) {
            int h = word.hashCode();
            int slot = (h ^ (h >>> 12)) & (SLOTS - 1);
            String known = words[slot];
            if (known == word || (known != null && known.equals(word))) {
                return ids[slot];
            }
            int[] found = PhraseIndex.this.startingAt(word);
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
