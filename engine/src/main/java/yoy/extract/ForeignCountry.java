package yoy.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The country a figure is about, when its words name another country than the report's: "86 in Kyrgyzstan" in a
 * report on Kazakhstan, "In Russia, 200 people were detained". Such a figure never joins the report's series. The
 * country names are Java's English names of the ISO 3166 countries, not a list of this project's.
 */
final class ForeignCountry {

    /** Country names in lower case, by their first word: "united" → ["united kingdom", "united states", ...]. */
    private static final Map<String, List<String[]>> NAMES = names();

    private ForeignCountry() {
    }

    private static Map<String, List<String[]>> names() {
        Map<String, List<String[]>> out = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.contains("(") || name.contains("&")) {
                continue;
            }
            String[] words = name.split("[ \\-]+");
            out.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
        }
        return out;
    }

    /**
     * The other country the figure is about, as written, or null. Looked for as "in Country" right after the number
     * or its counted noun ("86 in Kyrgyzstan", "60 cases in Tajikistan"), and at the head of its clause ("In
     * Country, ..."); elsewhere "in Country" may say something else ("protested against the war in Ukraine").
     * {@code reportCountry} empty: the report's country is unknown, and nothing is foreign.
     */
    static String of(SentenceView s, Quantity q, CountedNoun noun, int clauseFrom, String reportCountry) {
        if (reportCountry == null || reportCountry.isBlank()) {
            return null;
        }
        String own = reportCountry.toLowerCase(Locale.ROOT);
        List<Token> t = s.tokens();
        String found = inCountry(t, q.last() + 1, own);
        if (found == null && noun.headTo() > q.last() + 1) {
            found = inCountry(t, noun.headTo(), own);
        }
        if (found == null && clauseFrom < q.qualifierFirst()) {
            found = inCountry(t, clauseFrom, own);
        }
        return found;
    }

    /** The country named by "in Name" at token {@code k}, if it is another than {@code own}; else null. */
    private static String inCountry(List<Token> t, int k, String own) {
        if (k + 1 >= t.size() || !t.get(k).lower().equals("in") || !t.get(k + 1).isCapitalized()) {
            return null;
        }
        List<String[]> candidates = NAMES.get(t.get(k + 1).lower());
        if (candidates == null) {
            return null;
        }
        for (String[] name : candidates) {
            if (matches(t, k + 1, name) && !own.equals(String.join(" ", name)) && !own.contains(name[0])) {
                StringBuilder written = new StringBuilder(t.get(k + 1).text());
                for (int i = 1; i < name.length; i++) {
                    written.append(' ').append(t.get(k + 1 + i).text());
                }
                return written.toString();
            }
        }
        return null;
    }

    private static boolean matches(List<Token> t, int at, String[] name) {
        for (int i = 0; i < name.length; i++) {
            if (at + i >= t.size() || !t.get(at + i).lower().equals(name[i])) {
                return false;
            }
        }
        return true;
    }
}
