package yoy.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names of the world's countries (from {@code country-names.txt}: ISO 3166 names with their common
 * alternatives), for telling a book's country chapters by their headings. No publisher's list of chapters is
 * involved: a heading is a chapter's when its whole text is a country's name.
 */
final class CountryNames {

    private static final Map<String, String> BY_KEY = load();

    private CountryNames() {
    }

    /**
     * The country a heading names by its whole text ("KAZAKHSTAN", "Russian Federation", "Kyrgyzstan 2022"
     * is not one), by the name figures carry; null when it names none.
     */
    static String named(String heading) {
        return BY_KEY.get(key(heading));
    }

    /** Case, spacing, the apostrophe's form and a closing full stop or colon do not matter. */
    static String key(String s) {
        String k = s.strip().replace('\u2019', '\'').replace('\u00a0', ' ').replaceAll("\\s+", " ");
        while (!k.isEmpty() && (k.endsWith(".") || k.endsWith(":"))) {
            k = k.substring(0, k.length() - 1).strip();
        }
        return k.toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = CountryNames.class.getResourceAsStream("country-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("country-names.txt is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] names = line.split("\\|");
                for (String name : names) {
                    out.putIfAbsent(key(name), names[0].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
