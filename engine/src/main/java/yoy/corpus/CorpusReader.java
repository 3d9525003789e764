package yoy.corpus;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import yoy.corpus.format.ReportFormat;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.model.DocumentMeta;

/**
 * Reads a folder of {@code .txt} reports with an optional {@code manifest.yaml}, strictly and one document
 * at a time.
 *
 * <p>Which files: regular (symbolic links followed) visible {@code *.txt} files directly in the folder,
 * sorted by name in {@link String#compareTo} order; sub-folders and hidden files are ignored. Files the
 * manifest does not describe are read too, with metadata inferred from their text (one notice per file).
 *
 * <p>Text: strict UTF-8, a leading byte-order mark removed, nothing else changed: line ends stay as written
 * (CRLF, CR or LF), so every character offset (a {@code SourceSpan}) counts UTF-16 code units of
 * {@link Document#text()}, the decoded text after the byte-order mark. Refused with exit 65: invalid UTF-8
 * (at the line and column of the first bad byte), binary content, empty reports, files over
 * {@link #MAX_REPORT_BYTES}.
 *
 * <p>Memory: {@link #documents()} streams each file once to hash and validate it and keeps only its
 * metadata; {@link #read(DocumentMeta)} decodes one file; {@link #read(Reading, int)} does both in one pass, holding
 * one text per thread while it is worked on. No text is cached, so 10,000+ documents are fine.
 */
public final class CorpusReader {

    /** Largest report accepted, in bytes (64 MiB). */
    public static final long MAX_REPORT_BYTES = 64L << 20;

    private final Path dir;
    private final Consumer<String> notices;
    private final long maxBytes;
    private final ConvertedCache converted = new ConvertedCache();
    private final Consumer<String> skips;
    private final List<Skipped> skipped = java.util.Collections.synchronizedList(new ArrayList<>());

    /** {@code notices} receives one line per file whose metadata was inferred, and one per warning. */
    public CorpusReader(Path dir, Consumer<String> notices) {
        this(dir, notices, MAX_REPORT_BYTES, null);
    }

    /**
     * A reader that keeps going past a report it cannot read (empty, binary, not UTF-8, undated, a damaged PDF or
     * web page): the report is left out, {@code skips} is told one line about it, and {@link #skipped()} lists it.
     * Problems of the whole corpus (a missing folder, a bad manifest) still stop the run.
     */
    public static CorpusReader keepingGoing(Path dir, Consumer<String> notices, Consumer<String> skips) {
        return new CorpusReader(dir, notices, MAX_REPORT_BYTES, Objects.requireNonNull(skips, "skips"));
    }

    CorpusReader(Path dir, Consumer<String> notices, long maxBytes) {
        this(dir, notices, maxBytes, null);
    }

    private CorpusReader(Path dir, Consumer<String> notices, long maxBytes, Consumer<String> skips) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.notices = notices == null ? line -> { } : notices;
        this.maxBytes = maxBytes;
        this.skips = skips;
    }

    /** The file a document was read from: its own name, or for a chapter of a book ({@code book.pdf#Kazakhstan}) the book's. */
    public static String fileOf(DocumentMeta meta) {
        int mark = meta.file().indexOf(CorpusScan.CHAPTER_MARK);
        return mark < 0 ? meta.file() : meta.file().substring(0, mark);
    }

    /** The reports left out by a reader that keeps going, in file order; empty for a strict reader. */
    public List<Skipped> skipped() {
        synchronized (skipped) {
            return List.copyOf(skipped);
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * Metadata of every document, sorted by file name. Validates the folder, the manifest and every
     * report's bytes before returning, so a bad corpus fails before any output is written.
     *
     * @throws YoyException exit 66 for a missing or empty folder, 65 for a bad manifest or report
     */
    public List<DocumentMeta> documents() {
        return documents(1);
    }

    /** As {@link #documents()}, reading {@code threads} reports at once; the result is the same. */
    public List<DocumentMeta> documents(int threads) {
        return new CorpusScan(dir, maxBytes, notices, this::strict, converted, threads).run();
    }

    /**
     * What a run does with the documents as it lists them: {@code keep} chooses documents by their metadata,
     * {@code work} is applied to each kept one (on several threads at once: it must be thread-safe), {@code sink}
     * gets the results one at a time in document order on the caller's thread, and {@code progress} counts files.
     */
    public record Reading<R>(Predicate<DocumentMeta> keep, Function<Document, R> work, Consumer<R> sink,
            FileProgress progress) {
        public Reading {
            Objects.requireNonNull(keep, "keep");
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(sink, "sink");
            progress = progress == null ? (done, total) -> { } : progress;
        }
    }

    /** Told after each file of the corpus is listed and worked on, with how many are done and how many there are. */
    @FunctionalInterface
    public interface FileProgress {
        void filesDone(int done, int total);
    }

    /**
     * Lists the corpus as {@link #documents(int)} does and reads it in the same pass: each file is read once, on one
     * of {@code threads} threads, and the documents {@code reading} keeps are worked on there while their text is at
     * hand, so reading, listing and the work overlap. Results reach the sink in document order whatever the number
     * of threads; a strict reader stops at the first bad report in file order, before the sink sees anything after it.
     *
     * @return the metadata of every document listed, kept or not
     */
    public <R> List<DocumentMeta> read(Reading<R> reading, int threads) {
        return new CorpusScan(dir, maxBytes, notices, this::strict, converted, threads).run(Objects.requireNonNull(reading, "reading"));
    }

    /**
     * Every problem of the corpus (errors and warnings) instead of stopping at the first; inference
     * notices still go to the notice consumer. An empty list means the corpus is clean.
     */
    public List<CorpusProblem> check() {
        return inspect().problems();
    }

    /** As {@link #check()}, with the metadata of every report that could be described (for filtering problems). */
    public CorpusCheck.Result inspect() {
        List<CorpusProblem> found = new ArrayList<>();
        List<DocumentMeta> described = new CorpusScan(dir, maxBytes, notices, found::add, converted).run();
        return new CorpusCheck.Result(described, found);
    }

    /**
     * Reads one document's text (see the class comment for what it holds).
     *
     * @throws YoyException exit 65 on binary, non-UTF-8 or empty content, or when the file changed since
     *     {@link #documents()} hashed it; 66 when it can no longer be read
     */
    public Document read(DocumentMeta meta) {
        String file = fileOf(meta);
        ReportFormat format = ReportFormat.of(file);
        if (format == null || file.contains("/") || file.contains("\\")) {
            throw new IllegalArgumentException("not a report name of this corpus: " + file);
        }
        Path path = dir.resolve(file);
        if (format != ReportFormat.TXT) {
            ConvertedFile c = converted.get(file, () -> ConvertedFile.read(path, path.toString(), format));
            if (!meta.sha256().isEmpty() && !meta.sha256().equals(c.sha256())) {
                throw changed(path.toString());
            }
            return c.document(meta, file.equals(meta.file()) ? null : meta.file().substring(file.length() + 1));
        }
        String display = path.toString();
        StringBuilder text = new StringBuilder(initialCapacity(path, maxBytes));
        TextScanner.Result r = TextScanner.scan(path, display, maxBytes, cb -> append(text, cb));
        if (r.blank()) {
            throw new YoyException(ExitCode.DATA, CorpusScan.emptyReport(display));
        }
        if (!meta.sha256().isEmpty() && !meta.sha256().equals(r.sha256())) {
            throw changed(display);
        }
        return new Document(meta, text.toString());
    }

    private static YoyException changed(String display) {
        return new YoyException(ExitCode.DATA, YoyException.at(display, 0, 0,
                "changed since the corpus was listed (its SHA-256 differs)", "run again without editing reports meanwhile"));
    }

    /** Adds a chunk of decoded text, straight from its array when it has one. */
    static void append(StringBuilder text, CharBuffer cb) {
        if (cb.hasArray()) {
            text.append(cb.array(), cb.arrayOffset() + cb.position(), cb.remaining());
        } else {
            text.append(cb);
        }
    }

    /** A text buffer the size of the file (in bytes, at least its length in characters), so that it never grows. */
    static int initialCapacity(Path path, long maxBytes) {
        try {
            return (int) Math.max(16, Math.min(Files.size(path), Math.min(maxBytes, Integer.MAX_VALUE - 16)));
        } catch (IOException e) {
            return 16; // the scan reports the real problem
        }
    }

    private void strict(CorpusProblem p) {
        if (p.isError() && skips != null && !p.report().isEmpty()) {
            skipped.add(new Skipped(p.report(), p.message()));
            skips.accept("skipped " + p.message());
            return;
        }
        if (p.isError()) {
            throw new YoyException(p.exitCode(), p.message());
        }
        notices.accept(p.message());
    }
}
