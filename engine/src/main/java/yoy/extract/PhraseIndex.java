package yoy.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorSet;
import yoy.indicators.Measure;
import yoy.indicators.Phrase;

/**
 * Every phrase of an indicator set, indexed by its first word, so that one pass over a sentence's
 * words finds where every phrase matches. Rules then ask for positions instead of rescanning the
 * sentence for each number and measure.
 */
final class PhraseIndex {

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<Character, List<Phrase>> byPrefixInitial = new HashMap<>();
    /** Measure number (in set order) of every measure, and the measures each cue phrase belongs to. */
    private final IdentityHashMap<Measure, Integer> measureIndex = new IdentityHashMap<>();
    private final IdentityHashMap<Phrase, List<Integer>> cueOf = new IdentityHashMap<>();

    PhraseIndex(IndicatorSet set) {
        IdentityHashMap<Phrase, Boolean> seen = new IdentityHashMap<>();
        for (Indicator ind : set.indicators()) {
            addAll(ind.exclude(), seen);
            addAll(ind.topic().any(), seen);
            for (Measure m : ind.measures()) {
                int n = measureIndex.size();
                measureIndex.put(m, n);
                for (Phrase cue : m.cues()) {
                    cueOf.computeIfAbsent(cue, k -> new ArrayList<>()).add(n);
                }
                addAll(m.nouns(), seen);
                addAll(m.cues(), seen);
                addAll(m.requires(), seen);
                addAll(m.nounRequires(), seen);
                if (m.topic() != null) {
                    addAll(m.topic().any(), seen);
                }
            }
        }
    }

    private void addAll(List<Phrase> phrases, IdentityHashMap<Phrase, Boolean> seen) {
        for (Phrase p : phrases) {
            if (seen.put(p, Boolean.TRUE) != null) {
                continue;
            }
            String first = p.words().get(0);
            if (first.endsWith("*")) {
                byPrefixInitial.computeIfAbsent(first.isEmpty() ? '*' : first.charAt(0), k -> new ArrayList<>()).add(p);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            }
        }
    }

    int measureIndex(Measure m) {
        return measureIndex.get(m);
    }

    /** The measures one of whose cues stands somewhere in a sentence with these hits. */
    java.util.BitSet cuedMeasures(Map<Phrase, int[]> hits) {
        java.util.BitSet out = new java.util.BitSet(measureIndex.size());
        for (Phrase p : hits.keySet()) {
            List<Integer> measures = cueOf.get(p);
            if (measures != null) {
                measures.forEach(out::set);
            }
        }
        return out;
    }

    /** Word positions where each phrase matches in {@code words}. While collecting, element 0 holds the count. */
    Map<Phrase, int[]> hits(List<String> words) {
        Map<Phrase, int[]> found = new IdentityHashMap<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            List<Phrase> exact = byFirstWord.get(word);
            if (exact != null) {
                for (Phrase p : exact) {
                    if (p.matchesAt(words, w)) {
                        add(found, p, w);
                    }
                }
            }
            List<Phrase> prefixed = word.isEmpty() ? null : byPrefixInitial.get(word.charAt(0));
            if (prefixed != null) {
                for (Phrase p : prefixed) {
                    if (p.matchesAt(words, w)) {
                        add(found, p, w);
                    }
                }
            }
        }
        found.replaceAll((p, a) -> java.util.Arrays.copyOfRange(a, 1, a[0] + 1));
        return found;
    }

    private static void add(Map<Phrase, int[]> found, Phrase p, int w) {
        int[] a = found.get(p);
        if (a == null) {
            a = new int[4];
        } else if (a[0] + 1 == a.length) {
            a = java.util.Arrays.copyOf(a, a.length * 2);
        }
        a[++a[0]] = w;
        found.put(p, a);
    }
}
