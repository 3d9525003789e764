package yoy.corpus.format;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Footnote reference markers glued to the text: "32 people<sup>12</sup>" must read "32 people", not
 * "32 people12" (or, after a number, "3212"). A marker is a {@code <sup>} holding a link or a bare number or
 * symbol, or a link to an in-page note whose text is such a marker ("[3]"), that follows text in the same
 * paragraph. A {@code <sup>} at the start of a paragraph (the note's own number) and one holding a word
 * ("1<sup>st</sup>") stay.
 */
final class Footnotes {

    /** A marker holds at most this many characters: "[123]", "(iv)". */
    private static final int MAX_CHARS = 8;
    private static final Pattern MARKER = Pattern.compile("[\\[(]?(?:\\d{1,4}|[ivxlc]{1,6}|[*\u2020\u2021\u00a7\u00b6#]{1,3})"
            + "[\\])]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE_LINK = Pattern.compile("(?i)foot|note|fn|ftn|ref|cite");

    private Footnotes() {
    }

    /** {@code e} is a footnote marker to leave out, given that text precedes it in its paragraph. */
    static boolean isMarker(Element e, Tally t) {
        if (t.chars == 0 || t.chars > MAX_CHARS) {
            return false;
        }
        String name = e.normalName();
        if (name.equals("sup")) {
            return t.linkChars > 0 || marker(e);
        }
        if (name.equals("a")) {
            String href = e.attr("href").strip();
            boolean noteLink = href.startsWith("#")
                    || NOTE_LINK.matcher(e.className() + " " + e.id() + " " + e.attr("rel")).find();
            return noteLink && marker(e);
        }
        return false;
    }

    private static boolean marker(Element e) {
        return MARKER.matcher(Spaces.collapse(e.text()).replace(" ", "")).matches();
    }
}
