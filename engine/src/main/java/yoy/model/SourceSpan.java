package yoy.model;

/**
 * Where a figure was read: the document (file name relative to the corpus folder, with {@code #chapter} for a
 * chapter of a book), the quote and its character offsets [start, end) in the document's text (UTF-16 code
 * units: of the decoded text after BOM removal for {@code .txt}, of the converted main text for a web page or
 * PDF), and its {@code location} as a reader cites it: {@code p. 223} in a PDF, the nearest heading in a web
 * page, empty for plain text.
 */
public record SourceSpan(String doc, int start, int end, String quote, String location) {

    public SourceSpan {
        if (doc == null || doc.isEmpty()) {
            throw new IllegalArgumentException("doc is required");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (quote == null || quote.length() != end - start) {
            throw new IllegalArgumentException("quote length does not match span [" + start + ", " + end + ")");
        }
        location = location == null ? "" : location;
    }

    /** A span with no location (plain text). */
    public SourceSpan(String doc, int start, int end, String quote) {
        this(doc, start, end, quote, "");
    }
}
