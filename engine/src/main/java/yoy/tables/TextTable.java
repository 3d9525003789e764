package yoy.tables;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows printed as aligned columns for reading in a terminal. Not meant to be parsed: use CSV for that. */
public final class TextTable {

    private static final String GAP = "  ";

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public void add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, header has " + header.size());
        }
        rows.add(List.copyOf(row));
    }

    public void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        measure(header, widths);
        for (List<String> row : rows) {
            measure(row, widths);
        }
        line(out, header, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        out.flush();
    }

    private static void measure(List<String> row, int[] widths) {
        for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
        }
    }

    private static void line(PrintWriter out, List<String> row, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                sb.append(GAP);
            }
            sb.append(row.get(i));
            if (i < row.size() - 1) {
                sb.append(" ".repeat(widths[i] - row.get(i).length()));
            }
        }
        out.print(sb.toString().stripTrailing());
        out.print('\n');
    }
}
