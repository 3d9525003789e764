package yoy.tables;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link WriterTable} as CSV for a spreadsheet: {@code year}, one column per measure (cells as in the
 * Markdown table, footnote marks included), and a {@code notes} column spelling out the row's footnotes.
 * A CSV file holds no caption, legend or source line; those stay with the Markdown and HTML forms.
 */
public final class WriterTableCsv {

    private WriterTableCsv() {
    }

    public static void write(Writer out, WriterTable t) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>();
        header.add("year");
        header.addAll(t.columns());
        header.add("notes");
        csv.row(header.toArray(String[]::new));
        for (WriterTable.Row r : t.rows()) {
            csv.integer(r.year());
            List<String> notes = new ArrayList<>();
            for (WriterTable.Cell c : r.cells()) {
                csv.text(c.text());
                for (int n : c.notes()) {
                    String note = WriterTable.superscript(n) + " " + t.footnotes().get(n - 1);
                    if (!notes.contains(note)) {
                        notes.add(note);
                    }
                }
            }
            csv.text(String.join("; ", notes));
            csv.endRow();
        }
    }
}
