package yoy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
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

    /** The rows of RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
    static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The CSV as a table for reading: first row as the header, cells on one line and cut to {@value #MAX_CELL}. */
    static TextTable table(String csv) {
        List<List<String>> rows = rows(csv);
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
