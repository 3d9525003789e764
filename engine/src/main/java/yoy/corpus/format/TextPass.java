package yoy.corpus.format;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the kept text of one content root (iteratively, with jsoup's NodeTraversor): skips what the
 * tallies dropped, link lists, footnote markers and the block that a "Related"/"Share"/"Comments" heading
 * opens, and turns the rest into paragraphs, headings and table rows.
 */
final class TextPass implements NodeFilter {

    private final Tallies tallies;
    private final ParagraphWriter out;
    private final Work work;
    private final Element root;
    /** Data table (true) or layout table (false), innermost last. */
    private final Deque<Boolean> tables = new ArrayDeque<>();
    private int preDepth;
    /** The rest of this element's children are skipped: a boilerplate heading opened them. */
    private Element skipRestOf;

    private TextPass(Tallies tallies, ParagraphWriter out, Work work, Element root) {
        this.tallies = tallies;
        this.out = out;
        this.work = work;
        this.root = root;
    }

    static void write(Element root, Tallies tallies, ParagraphWriter out, Work work) {
        NodeTraversor.filter(new TextPass(tallies, out, work, root), root);
        out.block();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        work.tick();
        if (skipRestOf != null && node.parentNode() == skipRestOf) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode text) {
            if (preDepth > 0) {
                out.preformatted(text.getWholeText());
            } else {
                out.text(text.getWholeText());
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        Tally t = tallies.get(e);
        if (t == null || (e != root && Boilerplate.linkList(e, t))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (out.hasText() && Footnotes.isMarker(e, t)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        int level = Tags.headingLevel(e);
        if (level > 0 && e != root && t.chars <= 80 && Boilerplate.heading(e.text())) {
            skipRestOf = e.parent();
            return FilterResult.SKIP_ENTIRELY;
        }
        open(e, level, t);
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node == skipRestOf) {
            skipRestOf = null;
        }
        if (node instanceof Element e) {
            close(e);
        }
        return FilterResult.CONTINUE;
    }

    private void open(Element e, int level, Tally t) {
        String name = e.normalName();
        if (level > 0) {
            out.startHeading(level);
        } else if (name.equals("br")) {
            out.lineBreak();
        } else if (name.equals("table")) {
            tables.push(Tags.isDataTable(e, t));
            out.block();
        } else if (name.equals("tr") && inDataTable()) {
            out.startRow();
        } else if (Tags.isCell(e) && inDataTable()) {
            out.startCell();
        } else if (Tags.BLOCK.contains(name)) {
            out.block();
        }
        if (name.equals("pre")) {
            preDepth++;
        }
    }

    private void close(Element e) {
        String name = e.normalName();
        if (Tags.headingLevel(e) > 0) {
            out.endHeading();
        } else if (name.equals("table")) {
            tables.pop();
            out.block();
        } else if (name.equals("tr") && inDataTable()) {
            out.endRow();
        } else if (Tags.isCell(e) && inDataTable()) {
            return;
        } else if (Tags.BLOCK.contains(name)) {
            out.block();
        }
        if (name.equals("pre")) {
            preDepth--;
        }
    }

    private boolean inDataTable() {
        return !tables.isEmpty() && tables.peek();
    }
}
