package yoy.corpus.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs that share a baseline, in x order: a printed line, or a slice of one (one column's part of a row that
 * crosses two columns). Raised and lowered small glyphs (footnote markers, subscripts) belong to the row they
 * are printed against.
 */
final class PdfRow {

    /** Gaps below this share of the font size are inside a word when deciding what text covers a point. */
    private static final float WORD_GAP = 0.25f;

    final List<PdfGlyph> glyphs;
    /** The baseline and font size of the row's main text (the size most of its characters have). */
    final float base;
    final float size;
    /** The extent of the visible glyphs. */
    final float x0;
    final float x1;
    /** The x intervals covered by words, as {start, end} pairs, left to right. */
    final float[] words;

    private PdfRow(List<PdfGlyph> glyphs, float base, float size, float x0, float x1, float[] words) {
        this.glyphs = glyphs;
        this.base = base;
        this.size = size;
        this.x0 = x0;
        this.x1 = x1;
        this.words = words;
    }

    /** A row of the given glyphs, or null when none of them is visible. */
    static PdfRow of(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::x0));
        float size = mainSize(sorted);
        if (size <= 0) {
            return null;
        }
        List<Float> bases = new ArrayList<>();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        List<float[]> words = new ArrayList<>();
        boolean spaced = true;
        for (PdfGlyph g : sorted) {
            if (g.isSpace()) {
                spaced = true;
                continue;
            }
            if (Math.abs(g.size() - size) < 0.05f) {
                bases.add(g.base());
            }
            x0 = Math.min(x0, g.x0());
            x1 = Math.max(x1, g.x1());
            float[] last = words.isEmpty() ? null : words.get(words.size() - 1);
            if (last != null && !spaced && g.x0() - last[1] <= WORD_GAP * size) {
                last[1] = Math.max(last[1], g.x1());
            } else {
                words.add(new float[] {g.x0(), g.x1()});
            }
            spaced = false;
        }
        bases.sort(null);
        float[] flat = new float[words.size() * 2];
        for (int i = 0; i < words.size(); i++) {
            flat[2 * i] = words.get(i)[0];
            flat[2 * i + 1] = words.get(i)[1];
        }
        return new PdfRow(List.copyOf(sorted), bases.get(bases.size() / 2), size, x0, x1, flat);
    }

    /** The glyphs whose centre lies in [from, to), as a row (null when none is visible). */
    PdfRow slice(float from, float to) {
        List<PdfGlyph> part = new ArrayList<>();
        for (PdfGlyph g : glyphs) {
            float c = g.center();
            if (c >= from && c < to) {
                part.add(g);
            }
        }
        return part.size() == glyphs.size() ? this : of(part);
    }

    /** Whether a word covers x. */
    boolean covers(float x) {
        for (int i = 0; i < words.length; i += 2) {
            if (x < words[i]) {
                return false;
            }
            if (x <= words[i + 1]) {
                return true;
            }
        }
        return false;
    }

    int wordCount() {
        return words.length / 2;
    }

    /** The size most visible characters have (the larger one on a tie); 0 when nothing is visible. */
    private static float mainSize(List<PdfGlyph> glyphs) {
        List<float[]> counts = new ArrayList<>();
        for (PdfGlyph g : glyphs) {
            if (g.isSpace()) {
                continue;
            }
            float[] hit = null;
            for (float[] c : counts) {
                if (Math.abs(c[0] - g.size()) < 0.05f) {
                    hit = c;
                    break;
                }
            }
            if (hit == null) {
                counts.add(new float[] {g.size(), 1});
            } else {
                hit[1]++;
            }
        }
        float best = 0;
        float bestCount = 0;
        for (float[] c : counts) {
            if (c[1] > bestCount || (c[1] == bestCount && c[0] > best)) {
                best = c[0];
                bestCount = c[1];
            }
        }
        return best;
    }
}
