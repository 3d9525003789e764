package yoy.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cue phrase as a sequence of lower-case word patterns. A pattern ending in {@code *} matches any
 * word that starts with it ({@code protest*} matches "protests" and "protesters").
 */
public record Phrase(String text, List<String> words) {

    public Phrase {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
    }

    public static Phrase parse(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.trim().toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return new Phrase(text.trim(), words);
    }

    /** True when the phrase matches the lower-case words starting at {@code at}. */
    public boolean matchesAt(List<String> lowerWords, int at) {
        if (at + words.size() > lowerWords.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!wordMatches(words.get(i), lowerWords.get(at + i))) {
                return false;
            }
        }
        return true;
    }

    static boolean wordMatches(String pattern, String word) {
        int last = pattern.length() - 1;
        if (last >= 0 && pattern.charAt(last) == '*') {
            return word.length() >= last && word.regionMatches(0, pattern, 0, last);
        }
        return pattern.equals(word);
    }

    public int length() {
        return words.size();
    }
}
