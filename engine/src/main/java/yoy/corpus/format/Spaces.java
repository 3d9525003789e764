package yoy.corpus.format;

/** What counts as white space and as an invisible character in a web page's text. */
final class Spaces {

    private Spaces() {
    }

    /**
     * Control characters and every Unicode space, no-break spaces included: a page's {@code &nbsp;} and the
     * narrow no-break space of "9&#8239;900" read as a plain space, which the extractor understands.
     */
    static boolean isSpace(char c) {
        return c <= ' ' || c == '\u0085' || Character.isSpaceChar(c);
    }

    /**
     * Characters that render as nothing and must not split or join words: the soft hyphen of
     * "extre&shy;mism", zero-width spaces, the word joiner and a stray byte order mark.
     */
    static boolean isInvisible(char c) {
        return c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff';
    }

    /** {@code s} with runs of spaces collapsed to one plain space, invisible characters removed, stripped. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
