package yoy.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.model.DocumentMeta;

/**
 * A large corpus for benchmarks, made from a small one: every document copied with every year in it
 * (and its coverage year) shifted by 0 to 29 years, then the copies repeated until the wanted size.
 * The copies are made once and held (30 times the small corpus); the repetition only lists them again,
 * so a gigabyte corpus costs no more memory than a small one.
 */
public final class ShiftedCorpus {

    public static final int SHIFTS = 30;
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    private final List<Document> variants;
    private final long[] sizes;
    private final Map<DocumentMeta, Document> byMeta = new IdentityHashMap<>();

    public ShiftedCorpus(CorpusReader small) {
        this(small, RunFilter.all());
    }

    /** Made from the documents of {@code small} that {@code filter} keeps (by country). */
    public ShiftedCorpus(CorpusReader small, RunFilter filter) {
        List<Document> seeds = new ArrayList<>();
        for (DocumentMeta meta : filter.selectDocuments(small.documents())) {
            seeds.add(small.read(meta));
        }
        List<Document> out = new ArrayList<>();
        for (int shift = 0; shift < SHIFTS; shift++) {
            for (Document seed : seeds) {
                out.add(shifted(seed, shift));
            }
        }
        this.variants = List.copyOf(out);
        this.sizes = new long[variants.size()];
        for (int k = 0; k < variants.size(); k++) {
            sizes[k] = variants.get(k).text().getBytes(StandardCharsets.UTF_8).length;
            byMeta.put(variants.get(k).meta(), variants.get(k));
        }
    }

    /** Every shifted copy once, shift by shift. */
    public List<Document> variants() {
        return variants;
    }

    /** The copies, over and over, until at least {@code bytes} of UTF-8 text. */
    public Source repeated(long bytes) {
        List<DocumentMeta> metas = new ArrayList<>();
        long done = 0;
        for (int k = 0; done < bytes; k = (k + 1) % variants.size()) {
            metas.add(variants.get(k).meta());
            done += sizes[k];
        }
        return new Source(metas, done);
    }

    /** A repeated corpus; {@code bytes}: its UTF-8 size. */
    public final class Source implements DocumentSource {
        private final List<DocumentMeta> documents;
        private final long bytes;

        private Source(List<DocumentMeta> documents, long bytes) {
            this.documents = List.copyOf(documents);
            this.bytes = bytes;
        }

        @Override
        public List<DocumentMeta> documents() {
            return documents;
        }

        @Override
        public Document read(DocumentMeta meta) {
            return byMeta.get(meta);
        }

        public long bytes() {
            return bytes;
        }
    }

    private static Document shifted(Document seed, int years) {
        Matcher m = YEAR.matcher(seed.text());
        StringBuilder sb = new StringBuilder(seed.text().length());
        while (m.find()) {
            m.appendReplacement(sb, Integer.toString(Integer.parseInt(m.group()) + years));
        }
        m.appendTail(sb);
        DocumentMeta meta = seed.meta();
        return new Document(new DocumentMeta(meta.file(), meta.title(), meta.publisher(), meta.country(),
                meta.coverageYear() + years, meta.url(), meta.sha256(), meta.inferred()), sb.toString());
    }
}
