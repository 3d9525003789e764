package yoy.corpus.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the text in {@link Converted}'s conventions: paragraphs separated by one blank line; spaces
 * collapsed inside a paragraph and never added where inline elements meet ("<b>17</b>0" is "170"); a line
 * break kept as a newline inside its paragraph; a heading or a table row one paragraph, a row's cells
 * separated by a tab. Inside a heading or a row, a block boundary or line break is only a space.
 */
final class ParagraphWriter {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder para = new StringBuilder();
    private final List<Converted.Heading> headings = new ArrayList<>();
    /** A collapsed space is due before the next visible character. */
    private boolean space;
    private int headingLevel;
    private boolean inRow;
    private int cellsInRow;

    /** Text as it stands in the page, white space not yet collapsed. */
    void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Spaces.isInvisible(c)) {
                continue;
            }
            if (Spaces.isSpace(c)) {
                space = true;
                continue;
            }
            if (space && para.length() > 0 && !endsWithBreak()) {
                para.append(' ');
            }
            space = false;
            para.append(c);
        }
    }

    /** Text of a {@code <pre>}: each of its lines is a paragraph. */
    void preformatted(String s) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                text(s.substring(from, i));
                block();
                from = i + 1;
            }
        }
        text(s.substring(from));
    }

    /** A {@code <br>}: a newline; a second one in a row ends the paragraph. */
    void lineBreak() {
        if (inline()) {
            space = true;
            return;
        }
        space = false;
        if (para.length() == 0) {
            return;
        }
        if (para.charAt(para.length() - 1) == '\n') {
            para.setLength(para.length() - 1);
            flush();
        } else {
            para.append('\n');
        }
    }

    /** Where a block element starts or ends. */
    void block() {
        if (inline()) {
            space = true;
        } else {
            flush();
        }
    }

    void startHeading(int level) {
        if (headingLevel == 0 && !inRow) {
            flush();
            headingLevel = level;
        }
    }

    void endHeading() {
        if (headingLevel > 0) {
            flush();
            headingLevel = 0;
        }
    }

    void startRow() {
        if (!inRow && headingLevel == 0) {
            flush();
            inRow = true;
            cellsInRow = 0;
        }
    }

    void startCell() {
        if (!inRow) {
            block();
            return;
        }
        if (cellsInRow > 0) {
            para.append('\t');
        }
        cellsInRow++;
        space = false;
    }

    void endRow() {
        if (inRow) {
            flush();
            inRow = false;
        }
    }

    /** The current paragraph already holds text (a footnote marker would be glued to it). */
    boolean hasText() {
        return para.length() > 0;
    }

    String finishText() {
        endRow();
        endHeading();
        flush();
        return text.toString();
    }

    List<Converted.Heading> headings() {
        return headings;
    }

    private boolean inline() {
        return headingLevel > 0 || inRow;
    }

    private boolean endsWithBreak() {
        char last = para.charAt(para.length() - 1);
        return last == '\n' || last == '\t';
    }

    private void flush() {
        space = false;
        int end = para.length();
        while (end > 0 && para.charAt(end - 1) == '\n') {
            end--;
        }
        para.setLength(end);
        if (!blank()) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(para);
            if (headingLevel > 0) {
                headings.add(new Converted.Heading(start, text.length(), headingLevel));
            }
        }
        para.setLength(0);
        if (inRow) {
            cellsInRow = 0;
        }
    }

    /** Empty, or only the tabs of a row of empty cells. */
    private boolean blank() {
        for (int i = 0; i < para.length(); i++) {
            if (para.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
