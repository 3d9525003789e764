package yoy.corpus.format;

import java.util.List;

/**
 * Turns a placed row into a {@link PdfLine}: spaces from space glyphs or from gaps, a tab between table cells,
 * and footnote markers (small raised glyphs) left out so that "32 people¹²" and "32¹² people" read as
 * "32 people", never as 3212.
 */
final class PdfLineText {

    /** A gap wider than this share of the font size is a space (word spaces are 0.2-0.35 em, letters touch). */
    private static final float SPACE_GAP = 0.15f;
    /** A gap this wide without a space glyph separates table cells (justified spaces are space glyphs). */
    private static final float CELL_GAP = 1.2f;
    /** A glyph this much smaller than the line's main size... */
    private static final float SMALL = 0.88f;
    /** ...whose baseline is raised by more than this share of the main size is a superscript. */
    private static final float RAISED = 0.12f;

    private PdfLineText() {
    }

    static PdfLine of(int page, PdfColumns.Placed placed, int flow) {
        PdfRow row = placed.row();
        List<PdfGlyph> glyphs = row.glyphs;
        int n = glyphs.size();
        boolean[] raised = new boolean[n];
        for (int i = 0; i < n; i++) {
            PdfGlyph g = glyphs.get(i);
            raised[i] = !g.isSpace() && g.size() < SMALL * row.size && row.base - g.base() > RAISED * row.size;
        }
        StringBuilder sb = new StringBuilder(n + 8);
        boolean cells = false;
        boolean pendingSpace = false;
        PdfGlyph prev = null;
        int boldChars = 0;
        int chars = 0;
        float firstWord = -1;
        float firstStart = Float.NaN;
        float lastEnd = Float.NaN;
        for (int i = 0; i < n; ) {
            PdfGlyph g = glyphs.get(i);
            if (g.isSpace()) {
                pendingSpace = true;
                i++;
                continue;
            }
            float gap = prev == null ? 0 : g.x0() - prev.x1();
            String sep = "";
            if (prev != null) {
                if (!pendingSpace && gap > CELL_GAP * row.size) {
                    sep = "\t";
                    cells = true;
                } else if (pendingSpace || gap > SPACE_GAP * row.size) {
                    sep = " ";
                }
            }
            if (!sep.isEmpty() && firstWord < 0 && !Float.isNaN(firstStart)) {
                firstWord = lastEnd - firstStart;
            }
            pendingSpace = false;
            if (raised[i]) {
                int j = i;
                StringBuilder marker = new StringBuilder();
                while (j < n && raised[j] && (j == i || glyphs.get(j).x0() - glyphs.get(j - 1).x1()
                        <= SPACE_GAP * row.size)) {
                    marker.append(glyphs.get(j).text());
                    j++;
                }
                if (!isFootnoteMarker(marker)) {
                    sb.append(sep).append(marker); // a raised "st" of "21st" or "TM" is kept, joined
                    if (Float.isNaN(firstStart)) {
                        firstStart = g.x0();
                    }
                } else if (sep.equals(" ")) {
                    pendingSpace = true; // "32 ¹² people": the space before the marker still separates
                } else {
                    sb.append(sep);
                }
                prev = glyphs.get(j - 1);
                lastEnd = Math.max(Float.isNaN(lastEnd) ? prev.x1() : lastEnd, prev.x1());
                i = j;
                continue;
            }
            sb.append(sep).append(g.text());
            if (Float.isNaN(firstStart)) {
                firstStart = g.x0();
            }
            lastEnd = g.x1();
            chars++;
            if (g.bold()) {
                boldChars++;
            }
            prev = g;
            i++;
        }
        String text = tidy(sb);
        if (firstWord < 0 && !Float.isNaN(firstStart)) {
            firstWord = lastEnd - firstStart;
        }
        return new PdfLine(page, text, row.x0, row.x1, row.base, row.size, 2 * boldChars > chars,
                Math.max(0, firstWord), cells, flow, placed.left(), placed.right(), 0);
    }

    /**
     * Footnote markers are figures, symbols and punctuation ("12", "3,4", "*", "†", "[5]") or one letter; a
     * raised word ("st", "th", "TM") is text.
     */
    static boolean isFootnoteMarker(CharSequence marker) {
        int letters = 0;
        for (int i = 0; i < marker.length(); i++) {
            char c = marker.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters <= 1;
    }

    /**
     * Soft hyphens inside the line go and U+2010 hyphens become '-'; a soft hyphen or U+2010 at the end becomes
     * a soft hyphen, the mark of a word the producer split ({@link PdfHyphens}).
     */
    static String tidy(CharSequence line) {
        String s = line.toString().strip();
        if (s.indexOf('\u00AD') < 0 && s.indexOf('\u2010') < 0) {
            return s;
        }
        boolean split = s.endsWith("\u00AD") || s.endsWith("\u2010");
        String inner = s.replace("\u00AD", "").replace('\u2010', '-').strip();
        if (split && inner.endsWith("-")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return split && !inner.isEmpty() ? inner + "\u00AD" : inner;
    }
}
