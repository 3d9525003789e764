package yoy.model;

/**
 * Where a figure was read: the document (file name relative to the corpus folder), the quote and its
 * character offsets [start, end) in the document's decoded text (UTF-16 code units after BOM removal).
 */
public record SourceSpan(String doc, int start, int end, String quote) {

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
    }
}
