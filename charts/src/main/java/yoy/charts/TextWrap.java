package yoy.charts;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap by measured width; a word wider than the line is kept whole on its own line. */
final class TextWrap {

    private static final String ELLIPSIS = "…";

    private TextWrap() {
    }

    static List<String> lines(String text, FontMetrics fm, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && fm.stringWidth(candidate) > maxWidth) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            while (!last.isEmpty() && fm.stringWidth(last + " " + ELLIPSIS) > maxWidth) {
                int cut = last.lastIndexOf(' ');
                last = cut < 0 ? "" : last.substring(0, cut);
            }
            kept.set(maxLines - 1, last.isEmpty() ? ELLIPSIS : last + " " + ELLIPSIS);
            return kept;
        }
        return lines;
    }
}
