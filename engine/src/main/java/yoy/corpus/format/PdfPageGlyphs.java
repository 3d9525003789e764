package yoy.corpus.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Walks a document once and hands each page's glyphs to a {@link Sink}. PDFTextStripper does the parsing,
 * removes the overprinted copies some producers use for fake bold, and keeps the glyphs of one page at a time;
 * its own line building is skipped ({@link #writePage} is replaced), because it cannot tell columns apart.
 */
final class PdfPageGlyphs extends PDFTextStripper {

    /** Receives the glyphs of one page; {@code number} counts from 1. */
    interface Sink {
        void page(int number, float height, List<PdfGlyph> glyphs);
    }

    private final Sink sink;
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();

    PdfPageGlyphs(Sink sink) {
        this.sink = sink;
        setSortByPosition(false);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** Reads every page, in order. */
    void read(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    /** The page being read, from 1 (for error messages). */
    int pageNumber() {
        return getCurrentPageNo();
    }

    @Override
    protected void writePage() {
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : getCharactersByArticle()) {
            all.addAll(article);
        }
        // Text at an angle to the page's main direction (a rotated note in the margin) is left out: mixing two
        // directions' coordinates would scramble both.
        int[] directions = new int[4];
        int[] quadrants = new int[all.size()];
        for (int i = 0; i < quadrants.length; i++) {
            quadrants[i] = quadrant(all.get(i).getDir()); // computed from the text matrix on every call
            directions[quadrants[i]]++;
        }
        int main = 0;
        for (int d = 1; d < 4; d++) {
            if (directions[d] > directions[main]) {
                main = d;
            }
        }
        List<PdfGlyph> glyphs = new ArrayList<>(all.size());
        for (int i = 0; i < quadrants.length; i++) {
            TextPosition t = all.get(i);
            if (quadrants[i] != main) {
                continue;
            }
            String text = PdfGlyph.clean(t.getUnicode());
            float width = t.getWidthDirAdj();
            if (text.isEmpty() || !Float.isFinite(width) || !Float.isFinite(t.getXDirAdj())
                    || !Float.isFinite(t.getYDirAdj())) {
                continue;
            }
            float size = Math.abs(t.getYScale());
            if (size < 0.5f || !Float.isFinite(size)) {
                size = Math.max(1f, Math.abs(t.getFontSizeInPt()));
            }
            size = Math.round(size * 10) / 10f;
            float x0 = t.getXDirAdj();
            glyphs.add(new PdfGlyph(text, x0, x0 + Math.max(0f, width), t.getYDirAdj(), size, isBold(t.getFont())));
        }
        PDPage page = getCurrentPage();
        PDRectangle box = page.getCropBox();
        float height = page.getRotation() % 180 != 0 ? box.getWidth() : box.getHeight();
        sink.page(getCurrentPageNo(), height, glyphs);
    }

    private static int quadrant(float degrees) {
        return Math.floorMod(Math.round(degrees / 90f), 4);
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, PdfPageGlyphs::boldByName);
    }

    private static boolean boldByName(PDFont font) {
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
            return true;
        }
        String name = font.getName();
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("bold") || n.contains("black") || n.contains("heavy") || n.contains("semibold")
                || n.contains("demi");
    }
}
