package yoy.corpus.format;

import org.jsoup.nodes.Element;

/**
 * What one element holds, counted once bottom-up ({@link Tallies}) so that no rule ever rescans a subtree.
 * Characters are visible non-space characters of kept text.
 */
final class Tally {

    /** Characters of text in the element. */
    int chars;
    /** Characters of text inside links. */
    int linkChars;
    /** Characters of the element's own text nodes (not its children's). */
    int ownChars;
    /** Commas: Readability's sign of prose rather than a menu. */
    int commas;
    /** h1 elements inside, the element itself included. */
    int h1s;
    /** Headings (h1 to h6) strictly inside. */
    int headings;
    /** Tables strictly inside. */
    int tables;
    /** Table cells strictly inside. */
    int cells;
    /** Holds (or is) a main content landmark: main, role=main, an h1, an article or articleBody with headings. */
    boolean landmark;
    /** Readability's score: paragraphs add their score to their parent and, less, to further ancestors. */
    double score;
    /** The innermost main element this one lies in, or null. */
    Element main;

    /** Share of the text that is link text, 0 to 1. */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    /** Adds a kept child's counts. */
    void add(Tally child, boolean childIsHeading, boolean childIsTable, boolean childIsCell) {
        chars += child.chars;
        linkChars += child.linkChars;
        commas += child.commas;
        h1s += child.h1s;
        headings += child.headings + (childIsHeading ? 1 : 0);
        tables += child.tables + (childIsTable ? 1 : 0);
        cells += child.cells + (childIsCell ? 1 : 0);
        landmark |= child.landmark;
    }
}
