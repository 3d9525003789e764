package yoy.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import yoy.indicators.Phrase;

/**
 * The singular forms of a measure's plural nouns, for a count of one ("one protester was killed", "1 death"). The
 * nouns in {@code indicators.yaml} are plurals, as nearly every count is; a measure with {@code counts_one} takes a
 * count of one too, and its rules should not need both forms.
 */
final class Singulars {

    static final Singulars NONE = new Singulars(List.of());

    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "persons", "person", "men", "man",
            "women", "woman", "children", "child");

    /** Singular phrase (words joined by one space) to its length in words. */
    private final Map<String, Integer> phrases = new HashMap<>();
    private int longest;

    Singulars(List<Phrase> plurals) {
        for (Phrase p : plurals) {
            List<String> w = p.words();
            String last = singular(w.get(w.size() - 1));
            if (last == null || w.stream().anyMatch(x -> x.indexOf('*') >= 0)) {
                continue;
            }
            String text = w.size() == 1 ? last : String.join(" ", w.subList(0, w.size() - 1)) + " " + last;
            phrases.put(text, w.size());
            longest = Math.max(longest, w.size());
        }
    }

    /** The singular of a plural noun, or null when the word is no plural. */
    static String singular(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return null;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    /** Length in words of the longest singular phrase found in tokens [from, to), or 0. */
    int longest(List<Token> t, int from, int to) {
        int best = 0;
        for (int i = from; i < to && longest > 0; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1; n <= longest && i + n <= to; n++) {
                if (n > 1) {
                    sb.append(' ');
                }
                sb.append(t.get(i + n - 1).lower());
                if (n > best && phrases.containsKey(sb.toString())) {
                    best = n;
                }
            }
        }
        return best;
    }
}
