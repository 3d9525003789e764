package yoy.corpus;

import yoy.model.DocumentMeta;

/** One report of the corpus: its metadata and its decoded text (UTF-8, byte-order mark removed). */
public record Document(DocumentMeta meta, String text) {

    public Document {
        if (meta == null || text == null) {
            throw new IllegalArgumentException("meta and text are required");
        }
    }

    public String file() {
        return meta.file();
    }
}
