package yoy.corpus.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups a page's glyphs into rows (glyphs on one baseline), then moves each small raised or lowered word (a
 * footnote marker, a subscript) into the row it is printed against, so that "people¹²" stays one line and the
 * marker can be recognized as a superscript there.
 */
final class PdfRows {

    /** Baselines closer than this share of the font size are one row. */
    private static final float SAME_BASE = 0.25f;
    /** A glyph at most this share of its neighbour's size is small (superscripts are about 0.6-0.83 em). */
    private static final float SMALL = 0.88f;
    /** A raised word's baseline lies at most this share of the host's size above the host's baseline. */
    private static final float RAISE = 0.7f;
    /** A lowered word's baseline lies at most this share of the host's size below the host's baseline. */
    private static final float DROP = 0.45f;
    /** Footnote markers and subscripts are short. */
    private static final int MAX_MARKER = 8;
    /** A row of markers holds few words (markers of two columns may share a row). */
    private static final int MAX_MARKERS = 6;

    private PdfRows() {
    }

    /**
     * The rows of a page, top to bottom. Glyphs clearly smaller than the page's main size are grouped apart
     * from the others: a footnote marker of the left column may sit as high as a line of the right column, and
     * belongs to its own column's line, which {@link #attachMarkers} finds by looking next to it.
     */
    static List<PdfRow> of(List<PdfGlyph> glyphs) {
        float main = mainSize(glyphs);
        List<PdfGlyph> normal = new ArrayList<>(glyphs.size());
        List<PdfGlyph> small = new ArrayList<>();
        for (PdfGlyph g : glyphs) {
            (g.size() < SMALL * main ? small : normal).add(g);
        }
        List<PdfRow> rows = cluster(normal);
        rows.addAll(cluster(small));
        rows.sort(Comparator.comparingDouble(r -> r.base));
        return attachMarkers(rows);
    }

    private static List<PdfRow> cluster(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::base).thenComparingDouble(PdfGlyph::x0));
        List<List<PdfGlyph>> clusters = new ArrayList<>();
        List<PdfGlyph> current = null;
        float anchor = 0;
        float anchorSize = 0;
        for (PdfGlyph g : sorted) {
            if (current != null && g.base() - anchor <= SAME_BASE * Math.max(anchorSize, g.size())) {
                current.add(g);
                anchorSize = Math.max(anchorSize, g.size());
            } else {
                current = new ArrayList<>();
                current.add(g);
                clusters.add(current);
                anchor = g.base();
                anchorSize = g.size();
            }
        }
        List<PdfRow> rows = new ArrayList<>();
        for (List<PdfGlyph> c : clusters) {
            PdfRow row = PdfRow.of(c);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The size most visible glyphs of the page have. */
    private static float mainSize(List<PdfGlyph> glyphs) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (PdfGlyph g : glyphs) {
            if (!g.isSpace()) {
                counts.merge(Math.round(g.size() * 10), 1, Integer::sum);
            }
        }
        int best = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best / 10f;
    }

    private static List<PdfRow> attachMarkers(List<PdfRow> rows) {
        List<List<PdfGlyph>> members = new ArrayList<>();
        for (PdfRow r : rows) {
            members.add(new ArrayList<>(r.glyphs));
        }
        boolean changed = false;
        for (int i = 0; i < rows.size(); i++) {
            PdfRow small = rows.get(i);
            if (small.wordCount() > MAX_MARKERS) {
                continue; // a line of text, not a row of markers
            }
            for (int w = 0; w < small.words.length; w += 2) {
                float a = small.words[w];
                float b = small.words[w + 1];
                List<PdfGlyph> word = new ArrayList<>();
                for (PdfGlyph g : small.glyphs) {
                    if (!g.isSpace() && g.center() >= a && g.center() <= b) {
                        word.add(g);
                    }
                }
                if (word.isEmpty() || word.size() > MAX_MARKER) {
                    continue;
                }
                int host = host(rows, i, a, b, maxSize(word));
                if (host >= 0) {
                    members.get(i).removeAll(word);
                    members.get(host).addAll(word);
                    changed = true;
                }
            }
        }
        if (!changed) {
            return rows;
        }
        List<PdfRow> out = new ArrayList<>();
        for (List<PdfGlyph> m : members) {
            PdfRow row = m.isEmpty() ? null : PdfRow.of(m);
            if (row != null) {
                out.add(row);
            }
        }
        out.sort(Comparator.comparingDouble(r -> r.base));
        return out;
    }

    /** The row a small word at rows[i], x in [a, b], is printed against, or -1. */
    private static int host(List<PdfRow> rows, int i, float a, float b, float size) {
        PdfRow small = rows.get(i);
        for (int j = i + 1; j < rows.size(); j++) {
            PdfRow t = rows.get(j);
            if (t.base - small.base > RAISE * t.size) {
                break;
            }
            if (size <= SMALL * t.size && adjacent(t, a, b)) {
                return j;
            }
        }
        for (int j = i - 1; j >= 0; j--) {
            PdfRow t = rows.get(j);
            if (small.base - t.base > DROP * t.size) {
                break;
            }
            if (size <= SMALL * t.size && adjacent(t, a, b)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether [a, b] touches one of the row's words (a marker sits right after or before its word). */
    private static boolean adjacent(PdfRow t, float a, float b) {
        float reach = 0.5f * t.size;
        for (int k = 0; k < t.words.length; k += 2) {
            if (a <= t.words[k + 1] + reach && b >= t.words[k] - reach) {
                return true;
            }
        }
        return false;
    }

    private static float maxSize(List<PdfGlyph> glyphs) {
        float m = 0;
        for (PdfGlyph g : glyphs) {
            m = Math.max(m, g.size());
        }
        return m;
    }
}
