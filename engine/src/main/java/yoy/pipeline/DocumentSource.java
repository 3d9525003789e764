package yoy.pipeline;

import java.util.ArrayList;
import java.util.List;
import yoy.concurrent.InOrder;
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

    /**
     * Reads the documents {@code reading} keeps and works on each, on {@code threads} threads, with the results handed
     * to its sink in document order; returns the metadata of every document, kept or not. Memory holds a few documents
     * at a time. This default lists the documents, then reads the kept ones; a corpus folder does both in one pass.
     */
    default <R> List<DocumentMeta> read(CorpusReader.Reading<R> reading, int threads) {
        List<DocumentMeta> all = documents();
        List<DocumentMeta> kept = all.stream().filter(reading.keep()).toList();
        int[] done = {0};
        InOrder.run(InOrder.batches(kept), threads, batch -> {
            List<R> results = new ArrayList<>(batch.size());
            for (DocumentMeta meta : batch) {
                results.add(reading.work().apply(read(meta)));
            }
            return results;
        }, results -> {
            for (R r : results) {
                reading.sink().accept(r);
                reading.progress().filesDone(++done[0], kept.size());
            }
        });
        return all;
    }

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

    /** Some documents of a corpus folder, listed already, each read by {@code reader} when its turn comes. */
    static DocumentSource of(CorpusReader reader, List<DocumentMeta> documents) {
        return new DocumentSource() {
            @Override
            public List<DocumentMeta> documents() {
                return documents;
            }

            @Override
            public Document read(DocumentMeta meta) {
                return reader.read(meta);
            }
        };
    }

    static DocumentSource of(CorpusReader reader) {
        return of(reader, 1);
    }

    /** The corpus folder, listed (read, hashed, checked) and read on {@code threads} threads. */
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
            public <R> List<DocumentMeta> read(CorpusReader.Reading<R> reading, int threads) {
                return reader.read(reading, threads);
            }

            @Override
            public List<Skipped> skipped() {
                return reader.skipped();
            }
        };
    }
}
