package yoy.corpus.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the page's main content: the element (or run of sibling elements) whose text is written out.
 *
 * <p>The page's own landmarks come first: the {@code <main>} (or {@code role="main"}) with the most text,
 * narrowed to the {@code <article>} inside it when that article holds at least half of it; with no main,
 * the article with the most text when it dominates the other articles (a list of teasers does not). A
 * landmark holding less than a quarter of the page's text is not trusted. Otherwise every block is scored
 * as Readability does: each paragraph of prose gives its parent a score (more for commas and length) and
 * a share of it to further ancestors; a container's score shrinks with the share of its text that is
 * links. The best container wins, with the siblings that score nearly as well (an article split over
 * several sibling blocks).
 */
final class ContentFinder {

    private static final Set<String> POSITIVE = Set.of("article", "body", "content", "entry", "main", "page",
            "post", "text", "blog", "story");
    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "footer", "sidebar", "related",
            "share", "social", "widget", "sponsor", "meta", "tags");

    private ContentFinder() {
    }

    /** The content roots, in document order; the tallies' root when nothing better is found. */
    static List<Element> roots(Tallies tallies) {
        Element body = tallies.root();
        int page = tallies.get(body).chars;
        Element landmark = landmark(tallies);
        if (landmark != null && 4L * tallies.get(landmark).chars >= page) {
            return List.of(landmark);
        }
        return byScore(tallies);
    }

    private static Element landmark(Tallies tallies) {
        Element main = null;
        for (Element e : tallies.order()) {
            if (Tags.isMain(e) && (main == null || chars(tallies, e) > chars(tallies, main))) {
                main = e;
            }
        }
        Element article = null;
        long allArticles = 0;
        for (Element e : tallies.order()) {
            Tally t = tallies.get(e);
            if (!Tags.isArticle(e) || (main != null && t.main != main)) {
                continue;
            }
            allArticles += t.chars;
            if (article == null || t.chars > chars(tallies, article)) {
                article = e;
            }
        }
        if (main != null) {
            return article != null && 2L * chars(tallies, article) >= chars(tallies, main) ? article : main;
        }
        // Nested articles count twice in the sum; that only makes a dominating article harder to accept.
        return article != null && 2L * chars(tallies, article) >= allArticles ? article : null;
    }

    private static int chars(Tallies tallies, Element e) {
        return tallies.get(e).chars;
    }

    private static List<Element> byScore(Tallies tallies) {
        Element top = null;
        double best = 0;
        for (Element e : tallies.order()) {
            double s = score(e, tallies.get(e));
            if (s > best) {
                best = s;
                top = e;
            }
        }
        if (top == null || top == tallies.root()) {
            return List.of(tallies.root());
        }
        double threshold = Math.max(10, best * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : top.parent().children()) {
            Tally t = tallies.get(sibling);
            if (sibling == top) {
                roots.add(top);
            } else if (t != null && joins(sibling, t, top, threshold)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /** Readability's rule for a sibling of the best container that belongs to the article too. */
    private static boolean joins(Element sibling, Tally t, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? threshold : 0;
        if (score(sibling, t) + bonus >= threshold) {
            return true;
        }
        return sibling.normalName().equals("p") && t.chars > 80 && t.linkDensity() < 0.25;
    }

    /** A container's final score, 0 when no paragraph of prose lies in it. */
    static double score(Element e, Tally t) {
        return t.score <= 0 ? 0 : (t.score + weight(e)) * (1 - t.linkDensity());
    }

    /** Readability's weight of a container by its tag and by the words of its class and id. */
    private static double weight(Element e) {
        double w = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        boolean positive = false;
        boolean negative = false;
        for (String word : Boilerplate.words(e.className() + " " + e.id())) {
            positive |= POSITIVE.contains(word);
            negative |= NEGATIVE.contains(word);
        }
        return w + (positive ? 25 : 0) - (negative ? 25 : 0);
    }
}
