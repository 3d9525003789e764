package yoy.corpus.format;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds running headers, running footers and page numbers. Only lines in the top or bottom band of a page are
 * candidates (see {@link #bands}); one is running when the same text, digits masked, stands at the same height
 * on at least three pages (or 40% of the pages, at least two), when it is nothing but a page number, or when it
 * is the topmost line, smaller than the body text, at a height and in a size and weight that topmost lines have
 * on 30% of the pages (the country name over a chapter too short to repeat it three times). Lines larger than
 * the body text are never running: a chapter title at the top of its first page stays.
 */
final class PdfRunningLines {

    /** The bands are the top and bottom 15% of the page... */
    private static final float BAND = 0.15f;
    /** ...and within them the two outermost line heights. */
    private static final int LEVELS = 2;
    /** The same header is printed at the same height, give or take this many points. */
    private static final float SAME_HEIGHT = 2.5f;
    /** Topmost lines smaller than this share of the body size... */
    private static final float SMALLER = 0.95f;
    /** ...standing in one place on this share of the pages are running headers, whatever they say. */
    private static final float SLOT_SHARE = 0.3f;
    /** Lines this much larger than the body text are titles, never running lines. */
    private static final float TITLE = 1.15f;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page|p\\.|pg\\.?)?\\s*[-\u2013\u2014|]?\\s*(?:\\d{1,4}|(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})"
                    + "(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\\s*(?:(?:of|/)\\s*\\d{1,4})?\\s*[-\u2013\u2014|]?");

    private PdfRunningLines() {
    }

    /**
     * The page's lines with their band set: -1 for the topmost height and -2 for the next, 1 for the lowest and
     * 2 for the one above, when they lie within the top or bottom 15% of the page; 0 for all other lines.
     */
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
                band = -1 - level;
            } else if (distinct.size() - 1 - level < LEVELS && l.base() >= (1 - BAND) * height) {
                band = distinct.size() - level;
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
            // The second line from the edge is a candidate only when set smaller than the body text: at the top
            // of a page under a running header there is usually a line of body text.
            if (l.band() == 0 || l.size() >= TITLE * bodySize
                    || (Math.abs(l.band()) == 2 && l.size() >= SMALLER * bodySize)) {
                continue;
            }
            if (isPageNumber(l.text())) {
                running.set(i);
                continue;
            }
            byText.computeIfAbsent((l.band() < 0 ? "top " : "bottom ") + masked(l.text()), k -> new ArrayList<>())
                    .add(i);
        }
        int needed = Math.max(2, Math.min(3, (int) Math.ceil(0.4 * pages)));
        for (List<Integer> same : byText.values()) {
            if (same.size() >= needed) {
                running.or(atSameHeight(lines, same, needed));
            }
        }
        // A chapter's running header names the chapter: in a short chapter it appears on one or two pages only,
        // but it stands topmost on the page, smaller than the body text, where such lines stand on many pages.
        Map<String, List<Integer>> bySlot = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PdfLine l = lines.get(i);
            if (l.band() == -1 && l.size() < SMALLER * bodySize) {
                bySlot.computeIfAbsent(l.bold() + " " + Math.round(l.size() * 2), k -> new ArrayList<>()).add(i);
            }
        }
        int slotPages = Math.max(3, (int) Math.ceil(SLOT_SHARE * pages));
        for (List<Integer> slot : bySlot.values()) {
            if (slot.size() >= slotPages) {
                running.or(atSameHeight(lines, slot, slotPages));
            }
        }
        return running;
    }

    /**
     * The lines among {@code candidates} that stand within {@link #SAME_HEIGHT} of lines on at least
     * {@code needed} pages (their own included). A sliding window over the heights: n log n, however many pages
     * repeat a header.
     */
    private static BitSet atSameHeight(List<PdfLine> lines, List<Integer> candidates, int needed) {
        List<Integer> byBase = new ArrayList<>(candidates);
        byBase.sort(Comparator.comparingDouble(i -> lines.get(i).base()));
        Map<Integer, Integer> perPage = new HashMap<>(); // counted only, never iterated
        BitSet out = new BitSet();
        int lo = 0;
        int hi = 0;
        for (int k = 0; k < byBase.size(); k++) {
            float base = lines.get(byBase.get(k)).base();
            while (hi < byBase.size() && lines.get(byBase.get(hi)).base() <= base + SAME_HEIGHT) {
                perPage.merge(lines.get(byBase.get(hi)).page(), 1, Integer::sum);
                hi++;
            }
            while (lines.get(byBase.get(lo)).base() < base - SAME_HEIGHT) {
                perPage.computeIfPresent(lines.get(byBase.get(lo)).page(), (p, n) -> n == 1 ? null : n - 1);
                lo++;
            }
            if (perPage.size() >= needed) {
                out.set(byBase.get(k));
            }
        }
        return out;
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
