package yoy.pipeline;

import java.util.List;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.corpus.Skipped;
import yoy.model.DocumentMeta;

/** Where a run reads its documents from: metadata up front, text one document at a time. */
public interface DocumentSource {

    /** Metadata of every document, sorted by file name. */
    List<DocumentMeta> documents();

    /** One document's text; called from several threads at once when the pipeline runs on more than one. */
    Document read(DocumentMeta meta);

    /** Reports left out of {@link #documents()} because they could not be read (a run told to keep going). */
    default List<Skipped> skipped() {
        return List.of();
    }

    /** Documents already in memory (a bench's, a test's), in the order given. */
    static DocumentSource of(List<Document> documents) {
        java.util.Map<DocumentMeta, Document> byMeta = new java.util.IdentityHashMap<>();
        documents.forEach(d -> byMeta.put(d.meta(), d));
        List<DocumentMeta> metas = documents.stream().map(Document::meta).toList();
        return new DocumentSource() {
            @Override
            public List<DocumentMeta> documents() {
                return metas;
            }

            @Override
            public Document read(DocumentMeta meta) {
                return byMeta.get(meta);
            }
        };
    }

    static DocumentSource of(CorpusReader reader) {
        return of(reader, 1);
    }

    /** The corpus folder listed (read, hashed, checked) on {@code threads} threads. */
    static DocumentSource of(CorpusReader reader, int threads) {
        return new DocumentSource() {
            @Override
            public List<DocumentMeta> documents() {
                return reader.documents(threads);
            }

            @Override
            public Document read(DocumentMeta meta) {
                return reader.read(meta);
            }

            @Override
            public List<Skipped> skipped() {
                return reader.skipped();
            }
        };
    }
}
