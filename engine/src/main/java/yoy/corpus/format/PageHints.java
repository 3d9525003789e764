package yoy.corpus.format;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: title, site and publication date ({@link Converted.Hints}).
 *
 * <p>title: og:title, else {@code <title>}, with a " | Site" or " - Site" suffix (or "Site | " prefix)
 * removed when it names the site; else the first h1. site: og:site_name, else application-name, else the
 * JSON-LD publisher. published: article:published_time or another date meta tag (as written), else the
 * JSON-LD datePublished, else the first {@code <time>} of the content or of the title's block, else a date
 * line near the top of the text.
 */
final class PageHints {

    private static final String[] SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 ", " \u00bb ",
        " / "};
    /** A title's block longer than this is not a header: its dates are not the page's. */
    private static final int HEADER_BLOCK = 400;
    /** Paragraphs at the top of the text searched for a date line. */
    private static final int TOP_PARAGRAPHS = 5;

    private PageHints() {
    }

    /** The title and site the page's head states (no h1 fallback); the title has its site part removed. */
    static Converted.Hints head(Document doc, MetaTags meta, JsonLd ld) {
        String site = meta.first("og:site_name", "application-name");
        if (site.isEmpty()) {
            site = Spaces.collapse(ld.publisher());
        }
        String title = meta.first("og:title");
        if (title.isEmpty()) {
            title = Spaces.collapse(doc.title());
        }
        return new Converted.Hints(withoutSite(title, site), site, "");
    }

    /** {@code title} without the site's name before or after a separator. */
    static String withoutSite(String title, String site) {
        if (site.isEmpty()) {
            return title;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        String s = site.toLowerCase(Locale.ROOT);
        for (String sep : SEPARATORS) {
            if (lower.endsWith(sep + s) && lower.length() > sep.length() + s.length()) {
                return title.substring(0, title.length() - sep.length() - s.length()).strip();
            }
            if (lower.startsWith(s + sep) && lower.length() > sep.length() + s.length()) {
                return title.substring(s.length() + sep.length()).strip();
            }
        }
        return title;
    }

    /**
     * The publication date: from meta tags, else JSON-LD, else a {@code <time>} of the content or of the
     * title's block, else a date line at the top of the text; "" when the page does not say.
     */
    static String published(MetaTags meta, JsonLd ld, MainText main, Tallies tallies) {
        String d = meta.first("article:published_time", "og:published_time", "date", "dc.date", "dc.date.issued",
                "dcterms.date", "dcterms.issued", "datepublished", "pubdate", "publish-date", "publication_date");
        if (d.isEmpty()) {
            d = Spaces.collapse(ld.published());
        }
        if (d.isEmpty()) {
            Element block = main.title() == null ? null : main.title().parent();
            d = timeElement(main.roots(), block == tallies.root() ? null : block, tallies);
        }
        return d.isEmpty() ? dateline(main.text(), main.headings()) : d;
    }

    /** The first {@code <time>} in the content roots, then in the title's block (when short), or "". */
    private static String timeElement(List<Element> roots, Element titleBlock, Tallies tallies) {
        for (Element root : roots) {
            String d = firstTime(root, tallies);
            if (!d.isEmpty()) {
                return d;
            }
        }
        if (titleBlock == null || tallies.get(titleBlock) == null
                || tallies.get(titleBlock).chars > HEADER_BLOCK) {
            return "";
        }
        String d = firstTime(titleBlock, tallies);
        return d.isEmpty() ? Dateline.anyDate(titleBlock.text()) : d;
    }

    private static String firstTime(Element root, Tallies tallies) {
        for (Element time : root.getElementsByTag("time")) {
            if (!tallies.kept(time)) {
                continue;
            }
            String d = Spaces.collapse(time.attr("datetime"));
            if (d.isEmpty()) {
                d = Dateline.anyDate(time.text());
            }
            if (!d.isEmpty()) {
                return d;
            }
        }
        return "";
    }

    /** A date line among the first paragraphs of {@code text} that are not headings, or "". */
    private static String dateline(String text, List<Converted.Heading> headings) {
        int seen = 0;
        int start = 0;
        int h = 0;
        while (start < text.length() && seen < TOP_PARAGRAPHS) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            while (h < headings.size() && headings.get(h).end() <= start) {
                h++;
            }
            boolean heading = h < headings.size() && headings.get(h).start() == start;
            if (!heading) {
                String d = Dateline.of(text.substring(start, end));
                if (!d.isEmpty()) {
                    return d;
                }
                seen++;
            }
            start = end + 2;
        }
        return "";
    }
}
