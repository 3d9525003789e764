package yoy.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VectorGraphics2D names clip paths {@code clip<hashCode of the clip shape>}. That is stable only while
 * every clip shape has a value-based hash; renumbering them in order of appearance makes the SVG
 * independent of how shapes hash. Only {@code id="clip…"} and {@code url(#clip…)} are touched, never text.
 */
final class SvgIds {

    private static final Pattern CLIP_ID = Pattern.compile("(id=\"|url\\(#)clip(-?\\d+)(?=[\")])");

    private SvgIds() {
    }

    static String renumber(String svg) {
        Map<String, String> ids = new LinkedHashMap<>();
        Matcher m = CLIP_ID.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            String id = ids.computeIfAbsent(m.group(2), k -> "clip" + (ids.size() + 1));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + id));
        }
        m.appendTail(out);
        return out.toString();
    }
}
