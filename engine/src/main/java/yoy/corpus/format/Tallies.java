package yoy.corpus.format;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over the page (iterative, jsoup's NodeTraversor) that skips dropped elements and counts what each
 * kept element holds, children before parents. An element is kept when it has a tally.
 *
 * <p>The first pass applies the hard drops only; the second also the soft ones, judged by the first pass's
 * counts (does the element hold a landmark, or half the page?).
 */
final class Tallies implements NodeFilter {

    /** Readability's share of a paragraph's score that goes to its ancestors, parent first. */
    private static final double[] ANCESTOR_SHARE = {1, 1.0 / 2, 1.0 / 6, 1.0 / 9, 1.0 / 12};
    /** A paragraph shorter than this is a label or a caption, not prose. */
    static final int MIN_PARAGRAPH = 25;

    private final Element root;
    private final Tallies raw;
    private final Work work;
    private final Map<Element, Tally> map = new IdentityHashMap<>();
    private final List<Element> order = new ArrayList<>();
    private int linkDepth;
    private int sectionDepth;
    private Element openMain;

    private Tallies(Element root, Tallies raw, Work work) {
        this.root = root;
        this.raw = raw;
        this.work = work;
    }

    /** Counts {@code root}'s subtree; {@code raw} (a first pass, or null) turns on the soft drops. */
    static Tallies count(Element root, Tallies raw, Work work) {
        Tallies t = new Tallies(root, raw, work);
        NodeTraversor.filter(t, root);
        return t;
    }

    /** The tally of a kept element, or null when it was dropped. */
    Tally get(Element e) {
        return map.get(e);
    }

    boolean kept(Element e) {
        return map.containsKey(e);
    }

    /** Kept elements in document order. */
    List<Element> order() {
        return order;
    }

    Element root() {
        return root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        work.tick();
        if (node instanceof TextNode text) {
            countText(text);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (e != root && (Boilerplate.hardDrop(e, sectionDepth > 0) || softDropped(e))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        Tally t = new Tally();
        t.main = openMain;
        map.put(e, t);
        order.add(e);
        String tag = e.normalName();
        if (tag.equals("a")) {
            linkDepth++;
        }
        if (Tags.SECTIONING.contains(tag)) {
            sectionDepth++;
        }
        if (openMain == null && Tags.isMain(e)) {
            openMain = e;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        Tally t = map.get(e);
        String tag = e.normalName();
        if (tag.equals("a")) {
            linkDepth--;
        }
        if (Tags.SECTIONING.contains(tag)) {
            sectionDepth--;
        }
        if (openMain == e) {
            openMain = null;
        }
        if (tag.equals("h1")) {
            t.h1s++;
        }
        // An article counts when it has headings: WordPress and others mark up each comment as an article.
        t.landmark |= Tags.isMain(e) || (Tags.isArticle(e) && t.headings > 0) || tag.equals("h1");
        if (isParagraph(e, t)) {
            spreadScore(e, t);
        }
        if (e != root) {
            map.get(e.parent()).add(t, Tags.headingLevel(e) > 0, tag.equals("table"), Tags.isCell(e));
        }
        return FilterResult.CONTINUE;
    }

    private boolean softDropped(Element e) {
        if (raw == null || !Boilerplate.softDrop(e, sectionDepth > 0)) {
            return false;
        }
        Tally before = raw.get(e);
        int page = raw.get(raw.root).chars;
        return before == null || (!before.landmark && 2 * before.chars < page);
    }

    private void countText(TextNode text) {
        Element parent = (Element) text.parentNode();
        Tally t = map.get(parent);
        String s = text.getWholeText();
        int chars = 0;
        int commas = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Spaces.isSpace(c) && !Spaces.isInvisible(c)) {
                chars++;
                if (c == ',' || c == '\u060c' || c == '\uff0c') {
                    commas++;
                }
            }
        }
        t.chars += chars;
        t.ownChars += chars;
        t.commas += commas;
        if (linkDepth > 0) {
            t.linkChars += chars;
        }
    }

    /** Readability's paragraphs: p, pre, td, blockquote, and a div that holds prose directly. */
    private static boolean isParagraph(Element e, Tally t) {
        if (t.chars < MIN_PARAGRAPH) {
            return false;
        }
        return switch (e.normalName()) {
            case "p", "pre", "td", "blockquote" -> true;
            case "div", "section" -> t.ownChars >= MIN_PARAGRAPH;
            default -> false;
        };
    }

    private void spreadScore(Element e, Tally t) {
        double score = 1 + t.commas + Math.min(t.chars / 100.0, 3);
        Element a = e;
        for (double share : ANCESTOR_SHARE) {
            if (a == root) {
                return;
            }
            a = a.parent();
            map.get(a).score += score * share;
        }
    }
}
