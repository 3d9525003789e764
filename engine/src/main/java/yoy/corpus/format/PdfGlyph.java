package yoy.corpus.format;

/**
 * One glyph of the page being read, in reading-direction coordinates (y grows downwards, {@code base} is the
 * baseline). Glyphs live only while their page is laid out; the document keeps lines, never glyphs.
 *
 * @param text the glyph's text after {@link #clean}: never empty; {@code " "} for any space, {@code "\u00AD"}
 *     for a soft hyphen drawn by the producer
 * @param x0 left edge
 * @param x1 right edge
 * @param base baseline
 * @param size font size in points as drawn (text matrix and page scaling applied)
 * @param bold whether the font is bold
 */
record PdfGlyph(String text, float x0, float x1, float base, float size, boolean bold) {

    boolean isSpace() {
        return " ".equals(text);
    }

    float center() {
        return (x0 + x1) / 2;
    }

    /**
     * The text a glyph stands for, or "" to drop it. Ligatures are spelled out, every kind of space becomes one
     * space, invisible characters and Unicode superscript digits (footnote markers: "32 people¹²" must not read
     * as 3212) are dropped, and non-breaking hyphens become '-'. U+2010 stays: at a line end it is how some
     * producers (Chromium among them) print the hyphen of a word they split, as opposed to a hard '-'.
     */
    static String clean(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return "";
        }
        if (unicode.length() == 1) {
            return cleanChar(unicode.charAt(0));
        }
        StringBuilder sb = new StringBuilder(unicode.length());
        for (int i = 0; i < unicode.length(); i++) {
            sb.append(cleanChar(unicode.charAt(i)));
        }
        String s = sb.toString();
        return s.isBlank() && !s.isEmpty() ? " " : s;
    }

    private static String cleanChar(char c) {
        switch (c) {
            case '\u00B9', '\u00B2', '\u00B3', '\u2070', '\u2074', '\u2075', '\u2076', '\u2077', '\u2078',
                    '\u2079', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                return "";
            }
            case '\u2011' -> {
                return "-";
            }
            case '\u00AD' -> {
                return "\u00AD";
            }
            case '\uFB00' -> {
                return "ff";
            }
            case '\uFB01' -> {
                return "fi";
            }
            case '\uFB02' -> {
                return "fl";
            }
            case '\uFB03' -> {
                return "ffi";
            }
            case '\uFB04' -> {
                return "ffl";
            }
            case '\uFB05', '\uFB06' -> {
                return "st";
            }
            default -> {
                if (c == '\t' || c == '\n' || c == '\r' || Character.isSpaceChar(c)) {
                    return " ";
                }
                return Character.isISOControl(c) ? "" : String.valueOf(c);
            }
        }
    }
}
