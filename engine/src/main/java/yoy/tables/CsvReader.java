package yoy.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Reads RFC 4180 CSV, the counterpart of {@link CsvWriter}, remembering where each cell starts so that an
 * input file can point at the exact cell that is wrong. Quoted cells may hold commas, doubled quotes and
 * line breaks; CRLF and LF both end a record; a leading byte-order mark and blank lines are skipped. A
 * malformed file (a stray or unclosed quote) is one {@code file:line:col} error with exit code 65.
 */
public final class CsvReader {

    /** One cell and where it starts in the file (1-based line and column). */
    public record Cell(String text, int line, int col) {
    }

    private CsvReader() {
    }

    /** The records of {@code text} as cells with their positions; {@code file} names it in errors. */
    public static List<List<Cell>> cells(String file, String text) {
        try {
            return cells(file, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #cells(String, String)}, streaming from {@code in}. */
    public static List<List<Cell>> cells(String file, Reader in) throws IOException {
        return new Parse(file, new PushbackReader(new BufferedReader(in), 1)).all();
    }

    /** The records of {@code text} as plain strings. */
    public static List<List<String>> rows(String file, String text) {
        return texts(cells(file, text));
    }

    /** As {@link #rows(String, String)}, streaming from {@code in}. */
    public static List<List<String>> rows(String file, Reader in) throws IOException {
        return texts(cells(file, in));
    }

    /** Undoes the apostrophe {@link CsvWriter} puts before text a spreadsheet would run as a formula. */
    public static String unprotect(String s) {
        if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@\t\r".indexOf(s.charAt(1)) >= 0) {
            return s.substring(1);
        }
        return s;
    }

    private static List<List<String>> texts(List<List<Cell>> cells) {
        List<List<String>> rows = new ArrayList<>(cells.size());
        for (List<Cell> record : cells) {
            rows.add(record.stream().map(Cell::text).toList());
        }
        return rows;
    }

    /** One pass over a file. */
    private static final class Parse {
        private final String file;
        private final PushbackReader in;
        private final List<List<Cell>> records = new ArrayList<>();
        private List<Cell> record = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int line = 1;
        private int col = 1;
        private int fieldLine = 1;
        private int fieldCol = 1;
        private boolean wasQuoted;

        Parse(String file, PushbackReader in) {
            this.file = file;
            this.in = in;
        }

        List<List<Cell>> all() throws IOException {
            int first = in.read();
            if (first != -1 && first != '\uFEFF') {
                in.unread(first);
            }
            boolean quoted = false;
            for (int ch; (ch = in.read()) != -1; ) {
                char c = (char) ch;
                if (quoted) {
                    quoted = inQuotes(c);
                } else if (c == '"') {
                    if (field.length() > 0 || wasQuoted) {
                        throw error(line, col, "a quote inside an unquoted field",
                                "quote the whole field and double inner quotes (\"\")");
                    }
                    quoted = true;
                    wasQuoted = true;
                    col++;
                } else if (c == ',') {
                    endField();
                    fieldLine = line;
                    fieldCol = ++col;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        skip('\n');
                    }
                    endRecord();
                    line++;
                    col = 1;
                    fieldLine = line;
                    fieldCol = 1;
                } else if (wasQuoted) {
                    throw error(line, col, "text after a closing quote",
                            "put the separator ',' right after the closing quote");
                } else {
                    field.append(c);
                    col++;
                }
            }
            if (quoted) {
                throw error(fieldLine, fieldCol, "a quoted field is never closed", "add the closing quote");
            }
            endRecord();
            return records;
        }

        /** One character inside quotes; false when it closes them. */
        private boolean inQuotes(char c) throws IOException {
            if (c == '"') {
                if (skip('"')) {
                    field.append('"');
                    col += 2;
                    return true;
                }
                col++;
                return false;
            }
            field.append(c);
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            return true;
        }

        /** Consumes the next character if it is {@code expected}. */
        private boolean skip(char expected) throws IOException {
            int next = in.read();
            if (next == expected) {
                return true;
            }
            if (next != -1) {
                in.unread(next);
            }
            return false;
        }

        private void endField() {
            record.add(new Cell(field.toString(), fieldLine, fieldCol));
            field.setLength(0);
            wasQuoted = false;
        }

        private void endRecord() {
            if (!(record.isEmpty() && field.length() == 0 && !wasQuoted)) {
                endField();
                records.add(record);
                record = new ArrayList<>();
            }
            field.setLength(0);
            wasQuoted = false;
        }

        private YoyException error(int atLine, int atCol, String problem, String fix) {
            return new YoyException(ExitCode.DATA, YoyException.at(file, atLine, atCol, problem, fix));
        }
    }
}
