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

    PhraseIndex(IndicatorSet set) {
        IdentityHashMap<Phrase, Boolean> seen = new IdentityHashMap<>();
        for (Indicator ind : set.indicators()) {
            addAll(ind.exclude(), seen);
            addAll(ind.topic().any(), seen);
            for (Measure m : ind.measures()) {
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

    /** Word positions where each phrase matches in {@code words}. */
    Map<Phrase, int[]> hits(List<String> words) {
        Map<Phrase, List<Integer>> found = new IdentityHashMap<>();
        for (int w = 0; w < words.size(); w++) {
            List<Phrase> exact = byFirstWord.get(words.get(w));
            if (exact != null) {
                for (Phrase p : exact) {
                    if (p.matchesAt(words, w)) {
                        found.computeIfAbsent(p, k -> new ArrayList<>()).add(w);
                    }
                }
            }
            String word = words.get(w);
            List<Phrase> prefixed = word.isEmpty() ? null : byPrefixInitial.get(word.charAt(0));
            if (prefixed != null) {
                for (Phrase p : prefixed) {
                    if (p.matchesAt(words, w)) {
                        found.computeIfAbsent(p, k -> new ArrayList<>()).add(w);
                    }
                }
            }
        }
        Map<Phrase, int[]> out = new IdentityHashMap<>();
        found.forEach((p, list) -> out.put(p, list.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
