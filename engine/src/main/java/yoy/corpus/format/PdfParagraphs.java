package yoy.corpus.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Joins the document's lines (reading order, running lines already gone) into paragraphs and headings, and
 * writes the text with the offsets of headings and pages.
 *
 * <p>A new paragraph starts when the line sits lower than the usual line spacing, when it is indented and the
 * line before was not, when the line before ended early (the next line's first word would have fitted after
 * it), when the size changes, and before table rows and list items. A heading is a short run of lines clearly
 * larger than the body text (or bold and somewhat larger) that does not end like a sentence; its level is the
 * rank of its size among the headings' sizes, largest first.
 */
final class PdfParagraphs {

    /** Clearly larger than the body text... */
    private static final float HEADING = 1.15f;
    /** ...or bold and at least this much larger. */
    private static final float BOLD_HEADING = 1.05f;
    private static final int HEADING_WORDS = 20;
    private static final int HEADING_CHARS = 160;
    private static final int HEADING_LINES = 3;
    /** A line gap this much above the usual one starts a paragraph. */
    private static final float GAP = 1.28f;
    /** An indent of this share of the font size starts a paragraph. */
    private static final float INDENT = 0.8f;
    /** A word fits after a line when this share of the size is left for the space besides its width. */
    private static final float SPACE = 0.35f;

    private static final Pattern ITEM = Pattern.compile(
            "(?:[\u2022\u25E6\u25AA\u25A0\u25CF\u2023\u2043\u00B7*\u2013\u2014-]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)])\\s.*");
    /** Footnotes are set smaller than the body and each starts with its number. */
    private static final float NOTE = 0.9f;
    private static final Pattern NOTE_ENTRY = Pattern.compile("\\d{1,3}\\.?\\s+\\S.*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;][\"'\u201D\u2019)\\]]*");

    private enum Kind { TEXT, HEADING, ROW }

    private record Block(Kind kind, List<PdfLine> lines, float size) {
    }

    private final List<PdfLine> lines;
    private final float body;
    private final Map<Integer, Float> usualGap;
    private final Set<String> printedWhole;
    private final boolean marksSplits;

    private PdfParagraphs(List<PdfLine> lines) {
        this.lines = lines;
        this.body = bodySize(lines);
        this.usualGap = usualGaps(lines);
        this.printedWhole = PdfHyphens.printedWhole(lines);
        this.marksSplits = PdfHyphens.marksSplits(lines);
    }

    /** The text, headings and page starts of the lines (in reading order). */
    static Converted build(List<PdfLine> lines, Converted.Hints hints) {
        return new PdfParagraphs(lines).build(hints);
    }

    /** The size most characters have, to 0.5 pt (the larger on a tie); 10 when there is no text. */
    static float bodySize(List<PdfLine> lines) {
        Map<Integer, Integer> chars = new TreeMap<>();
        for (PdfLine l : lines) {
            chars.merge(bucket(l.size()), l.text().length(), Integer::sum);
        }
        int best = 20;
        int most = -1;
        for (Map.Entry<Integer, Integer> e : chars.entrySet()) {
            if (e.getValue() >= most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best / 2f;
    }

    private Converted build(Converted.Hints hints) {
        List<Block> blocks = blocks();
        TreeSet<Integer> headingSizes = new TreeSet<>();
        for (Block b : blocks) {
            if (b.kind == Kind.HEADING) {
                headingSizes.add(-bucket(b.size));
            }
        }
        List<Integer> ranks = new ArrayList<>(headingSizes);
        StringBuilder text = new StringBuilder();
        List<Converted.Heading> headings = new ArrayList<>();
        List<Converted.Page> pages = new ArrayList<>();
        int lastPage = 0;
        StringBuilder para = new StringBuilder();
        for (Block b : blocks) {
            para.setLength(0);
            List<int[]> pageStarts = new ArrayList<>();
            for (PdfLine l : b.lines) {
                String t = l.text();
                int at = para.length() == 0 ? append(para, t) : PdfHyphens.join(para, t, printedWhole, marksSplits);
                if (l.page() != lastPage) {
                    pageStarts.add(new int[] {at, l.page()});
                    lastPage = l.page();
                }
            }
            if (para.charAt(para.length() - 1) == '\u00AD') {
                para.setCharAt(para.length() - 1, '-'); // a split that never continued
            }
            String p = para.toString().strip();
            if (p.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            for (int[] ps : pageStarts) {
                pages.add(new Converted.Page(start + Math.min(ps[0], p.length() - 1), ps[1]));
            }
            text.append(p);
            if (b.kind == Kind.HEADING) {
                int level = Math.min(6, ranks.indexOf(-bucket(b.size)) + 1);
                headings.add(new Converted.Heading(start, text.length(), level));
            }
        }
        return new Converted(text.toString(), headings, pages, hints);
    }

    private static int append(StringBuilder para, String t) {
        para.append(t);
        return 0;
    }

    /** The lines grouped into paragraphs, headings and table rows. */
    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        List<PdfLine> current = new ArrayList<>();
        PdfLine prev = null;
        for (PdfLine l : lines) {
            if (l.text().isEmpty()) {
                continue;
            }
            if (prev != null && (breaksBefore(prev, l) || (isHeadingSize(l) && current.size() >= HEADING_LINES))) {
                close(current, blocks);
                current = new ArrayList<>();
            }
            current.add(l);
            prev = l;
        }
        close(current, blocks);
        return blocks;
    }

    private void close(List<PdfLine> block, List<Block> out) {
        if (block.isEmpty()) {
            return;
        }
        PdfLine first = block.get(0);
        float size = 0;
        for (PdfLine l : block) {
            size = Math.max(size, l.size());
        }
        Kind kind = Kind.TEXT;
        if (first.cells()) {
            kind = Kind.ROW;
        } else if (isHeadingSize(first) && isHeadingText(block)) {
            kind = Kind.HEADING;
        }
        out.add(new Block(kind, block, size));
    }

    private boolean breaksBefore(PdfLine p, PdfLine l) {
        if (p.cells() || l.cells()) {
            return true;
        }
        boolean headingP = isHeadingSize(p);
        if (headingP != isHeadingSize(l)) {
            return true;
        }
        float size = Math.max(p.size(), l.size());
        if (Math.abs(p.size() - l.size()) > 0.1f * size) {
            return true;
        }
        boolean sameFlow = p.flow() == l.flow();
        float delta = l.base() - p.base();
        if (headingP) { // a heading goes on only on the lines set tight under it
            return !(sameFlow && p.bold() == l.bold() && delta > 0 && delta <= 1.6f * size);
        }
        if (ITEM.matcher(l.text()).matches() || (l.size() < NOTE * body && NOTE_ENTRY.matcher(l.text()).matches())) {
            return true;
        }
        if (sameFlow && (delta <= 0 || delta > GAP * usualGap(p.size()))) {
            return true;
        }
        if (indented(l) && !indented(p) && !ITEM.matcher(p.text()).matches()) {
            return true;
        }
        String pt = p.text();
        char last = pt.charAt(pt.length() - 1);
        if (last != '-' && last != '\u00AD') {
            float room = p.right() - p.x1();
            if (l.firstWord() + SPACE * l.size() < room) {
                return true; // the line ended on purpose: its successor's first word would have fitted
            }
            return room > 0.15f * (p.right() - p.left()) && SENTENCE_END.matcher(pt).matches();
        }
        return false;
    }

    private static boolean indented(PdfLine l) {
        return l.x0() - l.left() > INDENT * l.size();
    }

    private boolean isHeadingSize(PdfLine l) {
        return l.size() >= HEADING * body || (l.bold() && l.size() >= BOLD_HEADING * body);
    }

    /** Short, with a letter, not ending like a sentence or a clause. */
    private static boolean isHeadingText(List<PdfLine> block) {
        StringBuilder sb = new StringBuilder();
        for (PdfLine l : block) {
            sb.append(sb.length() == 0 ? "" : " ").append(l.text());
        }
        String t = sb.toString().strip();
        if (t.isEmpty() || t.length() > HEADING_CHARS || t.split("\\s+").length > HEADING_WORDS) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if ((last == '.' && !t.endsWith("...")) || last == ',' || last == ';') {
            return false;
        }
        return t.chars().anyMatch(Character::isLetter);
    }

    private float usualGap(float size) {
        Float g = usualGap.get(bucket(size));
        return g != null ? g : 1.25f * size;
    }

    /** Per size, the most common distance between successive baselines in one flow. */
    private static Map<Integer, Float> usualGaps(List<PdfLine> lines) {
        Map<Integer, Map<Integer, Integer>> counts = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine p = lines.get(i - 1);
            PdfLine l = lines.get(i);
            float delta = l.base() - p.base();
            if (p.flow() != l.flow() || bucket(p.size()) != bucket(l.size()) || delta < 0.8f * p.size()
                    || delta > 3f * p.size()) {
                continue;
            }
            counts.computeIfAbsent(bucket(p.size()), k -> new TreeMap<>()).merge(Math.round(delta * 2), 1,
                    Integer::sum);
        }
        Map<Integer, Float> usual = new TreeMap<>();
        for (Map.Entry<Integer, Map<Integer, Integer>> e : counts.entrySet()) {
            int best = 0;
            int most = 0;
            for (Map.Entry<Integer, Integer> d : e.getValue().entrySet()) {
                if (d.getValue() > most) {
                    best = d.getKey();
                    most = d.getValue();
                }
            }
            if (most >= 2) {
                usual.put(e.getKey(), best / 2f);
            }
        }
        return usual;
    }

    /** Sizes to the half point. */
    private static int bucket(float size) {
        return Math.round(size * 2);
    }
}
