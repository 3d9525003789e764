package yoy.corpus.format;

/**
 * One printed line in reading order, as text plus the geometry the paragraph rules need. The whole document is
 * held as lines (never as glyphs) until running headers are known.
 *
 * @param page page index from 1
 * @param text the line's text: single spaces, footnote markers dropped, table cells separated by a tab; a
 *     trailing soft hyphen (U+00AD) marks a word the producer split
 * @param x0 left edge of the line's ink
 * @param x1 right edge of the line's ink
 * @param base baseline, from the top of the page
 * @param size main font size
 * @param bold whether most characters are bold
 * @param firstWord width of the first word (would it have fitted at the end of the line before?)
 * @param cells whether the line is a table row (cells far apart, no space between them)
 * @param flow the column or one-column stretch the line belongs to, unique in the document
 * @param left left edge of the line's column
 * @param right right edge of the line's column
 * @param band -1 near the top of the page, 1 near the bottom, 0 elsewhere (where running headers may be)
 */
record PdfLine(int page, String text, float x0, float x1, float base, float size, boolean bold, float firstWord,
               boolean cells, int flow, float left, float right, int band) {

    PdfLine withBand(int newBand) {
        return new PdfLine(page, text, x0, x1, base, size, bold, firstWord, cells, flow, left, right, newBand);
    }
}
