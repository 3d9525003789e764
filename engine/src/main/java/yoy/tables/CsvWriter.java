package yoy.tables;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV: fields separated by commas, quoted when they hold a comma, quote, CR or LF,
 * quotes doubled, rows ended by {@code \n}. Text that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or CR) is prefixed with {@code '}; numbers are written as numbers.
 */
public final class CsvWriter {

    private final Writer out;
    private final StringBuilder row = new StringBuilder();
    private boolean firstCell = true;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes a whole row of text cells. */
    public void row(String... cells) throws IOException {
        for (String c : cells) {
            text(c);
        }
        endRow();
    }

    /** A text cell; null writes an empty cell. */
    public CsvWriter text(String s) {
        return raw(s == null ? "" : quote(protect(s)));
    }

    /** A number cell; null writes an empty cell. */
    public CsvWriter number(Double value, int decimals) {
        return raw(value == null ? "" : Numbers.format(value, decimals));
    }

    public CsvWriter integer(long value) {
        return raw(Long.toString(value));
    }

    public CsvWriter empty() {
        return raw("");
    }

    public void endRow() throws IOException {
        row.append('\n');
        out.write(row.toString());
        row.setLength(0);
        firstCell = true;
    }

    private CsvWriter raw(String cell) {
        if (!firstCell) {
            row.append(',');
        }
        row.append(cell);
        firstCell = false;
        return this;
    }

    /** Defuses text a spreadsheet would otherwise evaluate (CSV injection). */
    static String protect(String s) {
        if (!s.isEmpty()) {
            char c = s.charAt(0);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return "'" + s;
            }
        }
        return s;
    }

    static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }
}
