package yoy.tables;

import java.io.IOException;
import java.io.Writer;

/**
 * A {@link WriterTable} as GitHub-flavoured Markdown: a bold caption, the table (figures right-aligned),
 * then the footnotes, the legend and the source line. Text from the indicator file is escaped so that it
 * cannot break the table or smuggle in HTML.
 */
public final class MarkdownTable {

    private MarkdownTable() {
    }

    public static void write(Writer out, WriterTable t) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("**").append(escape(t.caption())).append("**\n\n");
        b.append("| Year |");
        for (String c : t.columns()) {
            b.append(' ').append(escape(c)).append(" |");
        }
        b.append("\n|---:|");
        b.append("---:|".repeat(t.columns().size()));
        b.append('\n');
        for (WriterTable.Row r : t.rows()) {
            b.append("| ").append(r.year()).append(" |");
            for (WriterTable.Cell c : r.cells()) {
                b.append(' ').append(escape(c.text())).append(" |");
            }
            b.append('\n');
        }
        b.append('\n');
        for (int i = 0; i < t.footnotes().size(); i++) {
            b.append(WriterTable.superscript(i + 1)).append(' ').append(escape(t.footnotes().get(i))).append("  \n");
        }
        b.append(escape(t.legend())).append("  \n");
        b.append(escape(t.source())).append('\n');
        out.write(b.toString());
    }

    /**
     * Backslash-escapes the Markdown syntax (and the {@code <} and {@code &} that start HTML) so the text shows
     * as written. {@code >} starts a quote only at the beginning of a line, which a table cell never is.
     */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n', '\r' -> b.append(' ');
                case '\\', '|', '*', '_', '`', '[', ']', '#', '~', '<', '&' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
