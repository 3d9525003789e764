package yoy.corpus.format;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The page's main text: the content roots written out, after the page's title ({@code <h1>}) when the
 * roots do not hold it (a title often stands above the {@code <article>}, in a page header).
 *
 * @param text the text in {@link Converted}'s conventions
 * @param headings its headings
 * @param roots the content roots
 * @param title the h1 written before the roots, or null
 */
record MainText(String text, List<Converted.Heading> headings, List<Element> roots, Element title) {

    static MainText write(Tallies tallies, String pageTitle, String site, Work work) {
        List<Element> roots = ContentFinder.roots(tallies);
        Element title = holdsH1(roots, tallies) ? null : titleH1(tallies, pageTitle, site);
        ParagraphWriter out = new ParagraphWriter();
        if (title != null) {
            TextPass.write(title, tallies, out, work);
        }
        for (Element root : roots) {
            TextPass.write(root, tallies, out, work);
        }
        String text = out.finishText();
        return new MainText(text, out.headings(), roots, title);
    }

    /** Holds a letter or digit: something to read. */
    boolean readable() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The text of the first h1 written, or "". */
    String firstH1() {
        for (Converted.Heading h : headings) {
            if (h.level() == 1) {
                return text.substring(h.start(), h.end());
            }
        }
        return "";
    }

    private static boolean holdsH1(List<Element> roots, Tallies tallies) {
        return roots.stream().anyMatch(r -> tallies.get(r).h1s > 0);
    }

    /**
     * The kept h1 that the page's title names: the same text, else the longest h1 that the title holds or
     * that holds the title (a logo's "Site" is shorter than the article's name); else the first kept h1 that
     * is not just the site's name; else null.
     */
    private static Element titleH1(Tallies tallies, String pageTitle, String site) {
        String wanted = pageTitle.toLowerCase(Locale.ROOT);
        Element named = null;
        int namedLength = 0;
        Element fallback = null;
        for (Element e : tallies.order()) {
            if (!e.normalName().equals("h1")) {
                continue;
            }
            String text = Spaces.collapse(e.text()).toLowerCase(Locale.ROOT);
            if (text.isEmpty()) {
                continue;
            }
            if (text.equals(wanted)) {
                return e;
            }
            if (!wanted.isEmpty() && (wanted.contains(text) || text.contains(wanted)) && text.length() > namedLength) {
                named = e;
                namedLength = text.length();
            }
            if (fallback == null && !text.equalsIgnoreCase(site)) {
                fallback = e;
            }
        }
        return named != null ? named : fallback;
    }
}
