package yoy.corpus;

import yoy.model.DocumentMeta;

/**
 * One report of the corpus: its metadata, its text as extraction reads it (a {@code .txt} file decoded from
 * UTF-8 with its byte-order mark removed, or the main text of a web page or PDF, or one chapter of a book) and
 * its {@link Layout}.
 */
public record Document(DocumentMeta meta, String text, Layout layout) {

    public Document {
        if (meta == null || text == null) {
            throw new IllegalArgumentException("meta and text are required");
        }
        layout = layout == null ? Layout.NONE : layout;
    }

    /** A plain-text report: no structure beyond its characters. */
    public Document(DocumentMeta meta, String text) {
        this(meta, text, Layout.NONE);
    }

    public String file() {
        return meta.file();
    }

    /** Where the character at {@code offset} stands ({@code p. 223}, a section's heading), or "" when unknown. */
    public String locationAt(int offset) {
        return layout.locationAt(offset);
    }
}
