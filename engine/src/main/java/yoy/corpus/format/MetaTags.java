package yoy.corpus.format;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} values by lower-cased name, property or itemprop (the first one of each name
 * wins), read in one pass over the document.
 */
final class MetaTags {

    private final Map<String, String> values = new TreeMap<>();

    MetaTags(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            String value = Spaces.collapse(meta.attr("content"));
            if (value.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"name", "property", "itemprop"}) {
                String k = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    values.putIfAbsent(k, value);
                }
            }
        }
    }

    /** The value of the first of {@code names} the page gives, or "". */
    String first(String... names) {
        for (String n : names) {
            String v = values.get(n);
            if (v != null) {
                return v;
            }
        }
        return "";
    }
}
