package yoy.corpus.format;

import java.util.Set;
import org.jsoup.nodes.Element;

/** How HTML elements shape text: which start a paragraph, which are headings, cells, landmarks. */
final class Tags {

    /** Elements that end the paragraph before them and start a new one (browsers' default block display). */
    static final Set<String> BLOCK = Set.of("address", "article", "blockquote", "body", "caption", "center", "dd",
            "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /** Elements inside which a {@code <header>} belongs to the content, not to the site. */
    static final Set<String> SECTIONING = Set.of("article", "section", "main");

    private Tags() {
    }

    /** 1 to 6 for h1 to h6, else 0. */
    static int headingLevel(Element e) {
        String n = e.normalName();
        if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6') {
            return n.charAt(1) - '0';
        }
        return 0;
    }

    static boolean isCell(Element e) {
        String n = e.normalName();
        return n.equals("td") || n.equals("th");
    }

    /** {@code <main>} or {@code role="main"}. */
    static boolean isMain(Element e) {
        return e.normalName().equals("main") || e.attr("role").strip().equalsIgnoreCase("main");
    }

    /** {@code <article>} or schema.org's {@code itemprop="articleBody"}. */
    static boolean isArticle(Element e) {
        return e.normalName().equals("article") || e.attr("itemprop").strip().equalsIgnoreCase("articleBody");
    }

    /**
     * A table of data (its rows become tab-separated paragraphs) rather than a table used for page layout
     * (its cells hold whole paragraphs, headings or further tables, and are read as blocks).
     */
    static boolean isDataTable(Element table, Tally t) {
        if (t.tables > 0 || t.headings > 0 || table.attr("role").strip().equalsIgnoreCase("presentation")) {
            return false;
        }
        return t.cells > 0 && t.chars <= 200L * t.cells;
    }
}
