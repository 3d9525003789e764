package yoy.curation;

import java.util.ArrayList;
import java.util.List;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * A small RFC 4180 reader that remembers where each field starts, so that a curated-figures file can
 * point at the exact cell that is wrong. Quoted fields may hold commas, quotes ({@code ""}) and line
 * breaks; CRLF and LF both end a record; blank lines are skipped.
 */
final class CsvRecords {

    /** One cell and where it starts in the file (1-based line and column). */
    record Cell(String text, int line, int col) {
    }

    private CsvRecords() {
    }

    static List<List<Cell>> parse(String file, String text) {
        List<List<Cell>> records = new ArrayList<>();
        List<Cell> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int col = 1;
        int fieldLine = 1;
        int fieldCol = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    col += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                if (c == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
                i++;
                continue;
            }
            if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new YoyException(ExitCode.DATA, YoyException.at(file, line, col,
                            "a quote inside an unquoted field", "quote the whole field and double inner quotes (\"\")"));
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                record.add(new Cell(field.toString(), fieldLine, fieldCol));
                field.setLength(0);
                wasQuoted = false;
                fieldLine = line;
                fieldCol = col + 1;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field, fieldLine, fieldCol, wasQuoted);
                record = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                col = 0;
                fieldLine = line;
                fieldCol = 1;
            } else if (wasQuoted) {
                throw new YoyException(ExitCode.DATA, YoyException.at(file, line, col,
                        "text after a closing quote", "put the separator ',' right after the closing quote"));
            } else {
                field.append(c);
            }
            col++;
            i++;
        }
        if (quoted) {
            throw new YoyException(ExitCode.DATA, YoyException.at(file, fieldLine, fieldCol,
                    "a quoted field is never closed", "add the closing quote"));
        }
        endRecord(records, record, field, fieldLine, fieldCol, wasQuoted);
        return records;
    }

    private static void endRecord(List<List<Cell>> records, List<Cell> record, StringBuilder field,
                                  int line, int col, boolean wasQuoted) {
        if (record.isEmpty() && field.length() == 0 && !wasQuoted) {
            return;
        }
        record.add(new Cell(field.toString(), line, col));
        records.add(record);
    }
}
