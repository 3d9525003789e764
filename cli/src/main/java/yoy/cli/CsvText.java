package yoy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import yoy.tables.CsvReader;
import yoy.tables.TextTable;

/**
 * CSV written by the engine's tables, read back into cells to show as aligned columns. The CSV stays the
 * one definition of each table's content; this only changes how it looks in a terminal.
 */
final class CsvText {

    /** Longer cells are cut, so that one long note does not push every other column off the screen. */
    static final int MAX_CELL = 48;

    /** What writes one table as CSV. */
    @FunctionalInterface
    interface Writing {
        void write(Writer out) throws IOException;
    }

    private CsvText() {
    }

    /** Prints the table as CSV, or as aligned columns when {@code asTable}. */
    static void print(PrintWriter out, boolean asTable, Writing table) throws IOException {
        if (asTable) {
            StringWriter csv = new StringWriter();
            table.write(csv);
            table(csv.toString()).print(out);
        } else {
            table.write(out);
        }
        out.flush();
    }

    /** The CSV as a table for reading: first row as the header, cells on one line and cut to {@value #MAX_CELL}. */
    static TextTable table(String csv) {
        List<List<String>> rows = CsvReader.rows("table", csv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no header row");
        }
        TextTable table = new TextTable(rows.get(0));
        for (List<String> row : rows.subList(1, rows.size())) {
            table.add(row.stream().map(CsvText::cell).toList());
        }
        return table;
    }

    static String cell(String s) {
        String flat = s.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 1) + "…";
    }
}
