package yoy.corpus.format;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds running headers, running footers and page numbers. Only lines in the top or bottom band of a page are
 * candidates (see {@link #bands}); one is running when the same text, digits masked, stands at the same height
 * on at least three pages (or 40% of the pages, at least two), or when it is nothing but a page number.
 */
final class PdfRunningLines {

    /** The bands are the top and bottom 15% of the page... */
    private static final float BAND = 0.15f;
    /** ...and within them the two outermost line heights. */
    private static final int LEVELS = 2;
    /** The same header is printed at the same height, give or take this many points. */
    private static final float SAME_HEIGHT = 2.5f;
    /** Lines this much larger than the body text are titles, never running lines. */
    private static final float TITLE = 1.15f;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page|p\\.|pg\\.?)?\\s*[-\u2013\u2014|]?\\s*(?:\\d{1,4}|(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})"
                    + "(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\\s*(?:(?:of|/)\\s*\\d{1,4})?\\s*[-\u2013\u2014|]?");

    private PdfRunningLines() {
    }

    /** The page's lines with their band set: lines on the two outermost heights within the top or bottom 15%. */
    static List<PdfLine> bands(List<PdfLine> page, float height) {
        List<Float> levels = new ArrayList<>();
        for (PdfLine l : page) {
            levels.add(l.base());
        }
        levels.sort(null);
        List<Float> distinct = new ArrayList<>();
        for (Float b : levels) {
            if (distinct.isEmpty() || b - distinct.get(distinct.size() - 1) > SAME_HEIGHT) {
                distinct.add(b);
            }
        }
        List<PdfLine> out = new ArrayList<>(page.size());
        for (PdfLine l : page) {
            int level = levelOf(distinct, l.base());
            int band = 0;
            if (level < LEVELS && l.base() <= BAND * height) {
                band = -1;
            } else if (distinct.size() - 1 - level < LEVELS && l.base() >= (1 - BAND) * height) {
                band = 1;
            }
            out.add(band == 0 ? l : l.withBand(band));
        }
        return out;
    }

    private static int levelOf(List<Float> distinct, float base) {
        int level = 0;
        for (int i = 0; i < distinct.size(); i++) {
            if (distinct.get(i) <= base + 0.01f) {
                level = i;
            }
        }
        return level;
    }

    /** Which of the lines (all pages, in order) are running lines or page numbers. */
    static BitSet find(List<PdfLine> lines, int pages, float bodySize) {
        BitSet running = new BitSet(lines.size());
        Map<String, List<Integer>> byText = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PdfLine l = lines.get(i);
            if (l.band() == 0 || l.size() >= TITLE * bodySize) {
                continue;
            }
            if (isPageNumber(l.text())) {
                running.set(i);
                continue;
            }
            byText.computeIfAbsent(l.band() + masked(l.text()), k -> new ArrayList<>()).add(i);
        }
        int needed = Math.max(2, Math.min(3, (int) Math.ceil(0.4 * pages)));
        for (List<Integer> same : byText.values()) {
            if (same.size() < needed) {
                continue;
            }
            // Keep the occurrences at the height most of them share.
            for (int i : same) {
                float base = lines.get(i).base();
                BitSet pagesThere = new BitSet();
                for (int j : same) {
                    if (Math.abs(lines.get(j).base() - base) <= SAME_HEIGHT) {
                        pagesThere.set(lines.get(j).page());
                    }
                }
                if (pagesThere.cardinality() >= needed) {
                    running.set(i);
                }
            }
        }
        return running;
    }

    static boolean isPageNumber(String text) {
        String t = text.strip();
        return !t.isEmpty() && t.length() <= 24 && PAGE_NUMBER.matcher(t).matches() && !t.matches("[-\u2013\u2014|\\s]*");
    }

    /** Each run of digits masked, case and spacing ignored: "Page 9 of 10" and "Page 10 of 10" are one line. */
    static String masked(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (!Character.isDigit(c)) {
                sb.append(c);
            } else if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '#') {
                sb.append('#');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
