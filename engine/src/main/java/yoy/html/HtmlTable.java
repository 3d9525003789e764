package yoy.html;

import yoy.series.YearStatus;
import yoy.tables.WriterTable;

/**
 * A {@link WriterTable} as an HTML fragment ready to paste: a table with a caption, column and row headers,
 * then the footnotes, the legend and the source line. Every piece of text is escaped.
 */
public final class HtmlTable {

    private HtmlTable() {
    }

    public static String render(WriterTable t) {
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"yearly\">\n<caption>").append(Html.text(t.caption())).append("</caption>\n");
        b.append("<thead><tr><th scope=\"col\">Year</th>");
        for (String c : t.columns()) {
            b.append("<th scope=\"col\">").append(Html.text(c)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (WriterTable.Row r : t.rows()) {
            b.append("<tr><th scope=\"row\">").append(r.year()).append("</th>");
            for (WriterTable.Cell c : r.cells()) {
                b.append("<td class=\"").append(c.status().code().replace('_', '-')).append("\">")
                        .append(cell(c)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n<p class=\"table-notes\">");
        for (int i = 0; i < t.footnotes().size(); i++) {
            b.append(WriterTable.superscript(i + 1)).append(' ').append(Html.text(t.footnotes().get(i))).append("<br>\n");
        }
        b.append(Html.text(t.legend())).append("<br>\n").append(Html.text(t.source())).append("</p>\n");
        return b.toString();
    }

    private static String cell(WriterTable.Cell c) {
        if (c.status() == YearStatus.NO_REPORT) {
            return "<abbr title=\"no report covers this year\">" + Html.text(c.text()) + "</abbr>";
        }
        if (c.status() == YearStatus.NOT_REPORTED) {
            return "<abbr title=\"not reported: a report covers this year but gives no figure\">"
                    + Html.text(c.text()) + "</abbr>";
        }
        return Html.text(c.text());
    }
}
