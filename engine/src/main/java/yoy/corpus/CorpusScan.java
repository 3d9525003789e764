package yoy.corpus;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import yoy.concurrent.InOrder;
import yoy.corpus.format.Converted;
import yoy.corpus.format.ReportFormat;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.model.DocumentMeta;

/**
 * One pass over a corpus folder: lists the reports, reads the manifest, streams every report once (hash,
 * strict UTF-8, binary check, what inference needs) and builds the metadata; in a run that reads the documents
 * too, each is worked on right after its file is read. Problems go to a sink: the
 * strict reader's sink throws at the first error, the checker's collects them all, so both share one set
 * of rules. Only one report's head and year counts are held at a time.
 */
final class CorpusScan {

    private final Path dir;
    private final long maxBytes;
    private final Consumer<String> notices;
    private final Consumer<CorpusProblem> problems;
    private final int threads;

    private final ConvertedCache converted;

    CorpusScan(Path dir, long maxBytes, Consumer<String> notices, Consumer<CorpusProblem> problems,
            ConvertedCache converted) {
        this(dir, maxBytes, notices, problems, converted, 1);
    }

    /**
     * {@code threads}: how many reports are read at once; the result does not depend on it. {@code converted} keeps
     * the conversions of web pages and PDFs for the reads that follow.
     */
    CorpusScan(Path dir, long maxBytes, Consumer<String> notices, Consumer<CorpusProblem> problems,
            ConvertedCache converted, int threads) {
        this.converted = converted;
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.notices = notices;
        this.problems = problems;
        this.threads = threads;
    }

    /** Regular reports: visible {@code *.txt}, {@code *.html}, {@code *.htm} and {@code *.pdf} names (any case). */
    static boolean isReportName(String name) {
        return ReportFormat.of(name) != null;
    }

    String display(String file) {
        return dir.resolve(file).toString();
    }

    List<DocumentMeta> run() {
        return run(null);
    }

    /**
     * The pass, and with {@code reading} the reading of the documents in it: every document the reading keeps is
     * handed to its work on the thread that has just read the file, while its text is at hand, so the corpus is read
     * once and reading overlaps extraction. Problems, notices, results and progress still come out file by file in
     * name order, as they would on one thread.
     */
    <R> List<DocumentMeta> run(CorpusReader.Reading<R> reading) {
        List<String> names = list();
        if (names.isEmpty()) {
            return List.of();
        }
        Manifest.Parsed manifest = manifest(new LinkedHashSet<>(names));
        Map<String, String> firstBySha = new HashMap<>();
        List<DocumentMeta> out = new ArrayList<>();
        int[] done = {0};
        // Reading, hashing, profiling and describing each file is independent and most of the time, so it runs on
        // several threads, a few files to a task (one file a task cost a hand-over for every short report).
        InOrder.run(InOrder.batches(names), threads, batch -> {
            List<Pass<R>> passes = new ArrayList<>(batch.size());
            for (String name : batch) {
                passes.add(pass(name, manifest, reading));
            }
            return passes;
        }, passes -> {
            for (Pass<R> pass : passes) {
                if (accept(pass.scanned(), firstBySha)) {
                    pass.said().replay(problems, notices);
                    out.addAll(pass.documents());
                    if (reading != null) {
                        pass.results().forEach(reading.sink());
                    }
                }
                if (reading != null) {
                    reading.progress().filesDone(++done[0], names.size());
                }
            }
        });
        return Collections.unmodifiableList(out);
    }

    /**
     * Says what a scanned file's reading went wrong on (it is left out) or shares its content with (a warning);
     * true when its documents are kept.
     */
    private boolean accept(Scanned scanned, Map<String, String> firstBySha) {
        String name = scanned.name();
        if (scanned.error() != null) {
            problems.accept(CorpusProblem.errorIn(name, scanned.error().exitCode(), scanned.error().getMessage()));
            return false;
        }
        if (scanned.result().blank()) {
            problems.accept(CorpusProblem.errorIn(name, ExitCode.DATA, emptyReport(display(name))));
            return false;
        }
        String sha256 = scanned.result().sha256();
        String first = firstBySha.putIfAbsent(sha256, name);
        if (first != null) {
            problems.accept(CorpusProblem.warning(YoyException.at(display(name), 0, 0,
                    "same content as " + first + " (sha256 " + sha256.substring(0, 12) + "...)",
                    "remove one copy, or its figures count twice")));
        }
        return true;
    }

    /**
     * One file's share of a pass, made on a worker thread: its scan, the documents it holds, what describing them
     * had to say (held back to be said in file order), and the work's results on the documents the reading keeps.
     */
    private record Pass<R>(Scanned scanned, List<DocumentMeta> documents, Said said, List<R> results) {
    }

    private <R> Pass<R> pass(String name, Manifest.Parsed manifest, CorpusReader.Reading<R> reading) {
        Scanned scanned = scan(name, reading != null);
        if (scanned.error() != null || scanned.result().blank()) {
            return new Pass<>(scanned.spent(), List.of(), Said.NOTHING, List.of());
        }
        Said said = new Said();
        List<DocumentMeta> documents = describe(name, scanned.result().sha256(), scanned, manifest, said);
        List<R> results = new ArrayList<>();
        if (reading != null) {
            for (DocumentMeta meta : documents) {
                if (reading.keep().test(meta)) {
                    results.add(reading.work().apply(document(scanned, meta)));
                }
            }
        }
        // The text and conversion are dropped here, not when the batch reaches the sink: a batch waiting its turn
        // would otherwise hold every text of its files.
        return new Pass<>(scanned.spent(), documents, said, results);
    }

    /** A document of a file just scanned: the text itself, or the chapter of a book the metadata names. */
    private static Document document(Scanned scanned, DocumentMeta meta) {
        if (scanned.converted() == null) {
            return new Document(meta, scanned.text());
        }
        String name = scanned.name();
        return scanned.converted().document(meta, name.equals(meta.file()) ? null : meta.file().substring(name.length() + 1));
    }

    /**
     * One report read through: its digest and profile, or the problem that stopped the read; for a web page or
     * PDF its conversion, and for a text file read to be worked on, its text.
     */
    private record Scanned(String name, TextProfile profile, TextScanner.Result result, YoyException error,
            ConvertedFile converted, String text) {
        Scanned(String name, TextProfile profile, TextScanner.Result result, YoyException error) {
            this(name, profile, result, error, null, null);
        }

        /** What is left to say once the file's documents are described and worked on: no text, no conversion. */
        Scanned spent() {
            return new Scanned(name, null, result, error);
        }
    }

    private Scanned scan(String name, boolean keepText) {
        TextProfile profile = new TextProfile();
        ReportFormat format = ReportFormat.of(name);
        if (format != ReportFormat.TXT) {
            try {
                ConvertedFile file = converted.get(name, () -> ConvertedFile.read(dir.resolve(name), display(name), format));
                String text = file.converted().text();
                profile.accept(CharBuffer.wrap(text));
                profile.finish();
                return new Scanned(name, profile, new TextScanner.Result(file.sha256(), -1, text.length(), text.isBlank()),
                        null, file, null);
            } catch (YoyException e) {
                return new Scanned(name, profile, null, e);
            }
        }
        try {
            Path path = dir.resolve(name);
            if (!keepText) {
                TextScanner.Result result = TextScanner.scan(path, display(name), maxBytes, profile);
                profile.finish();
                return new Scanned(name, profile, result, null);
            }
            StringBuilder text = new StringBuilder(CorpusReader.initialCapacity(path, maxBytes));
            TextScanner.Result result = TextScanner.scan(path, display(name), maxBytes, chars -> {
                profile.accept(chars);
                CorpusReader.append(text, chars);
            });
            profile.finish();
            return new Scanned(name, profile, result, null, null, text.toString());
        } catch (YoyException e) {
            return new Scanned(name, profile, null, e);
        }
    }

    static String emptyReport(String display) {
        return YoyException.at(display, 1, 1, "the report is empty (no visible text)", "add its text or remove it");
    }

    /** Sorted report names; empty after reporting when the folder is missing, unreadable or has no reports. */
    private List<String> list() {
        String shown = dir.toString();
        if (!Files.exists(dir)) {
            problems.accept(CorpusProblem.error(ExitCode.NO_INPUT,
                    YoyException.at(shown, 0, 0, "corpus folder does not exist", "pass --corpus DIR")));
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            problems.accept(CorpusProblem.error(ExitCode.NO_INPUT, YoyException.at(shown, 0, 0,
                    "is not a folder", "pass --corpus DIR, the folder that holds the .txt reports")));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (isReportName(name) && Files.isRegularFile(p)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            problems.accept(CorpusProblem.error(ExitCode.NO_INPUT, YoyException.at(shown, 0, 0,
                    "cannot list the corpus folder (" + e.getMessage() + ")", "check its permissions")));
            return List.of();
        }
        if (names.isEmpty()) {
            problems.accept(CorpusProblem.error(ExitCode.NO_INPUT, YoyException.at(shown, 0, 0,
                    "no reports (.txt, .html, .htm or .pdf) in corpus folder", "add reports or pass another --corpus")));
            return List.of();
        }
        Collections.sort(names);
        return names;
    }

    /** The parsed manifest, an empty one when there is none, or null when it is unusable (already reported). */
    private Manifest.Parsed manifest(Set<String> names) {
        Path path = dir.resolve(Manifest.NAME);
        if (!Files.exists(path)) {
            Path yml = dir.resolve("manifest.yml");
            if (Files.exists(yml)) {
                problems.accept(CorpusProblem.error(ExitCode.DATA, YoyException.at(yml.toString(), 0, 0,
                        "the manifest must be named manifest.yaml", "rename it to manifest.yaml")));
                return null;
            }
            return Manifest.Parsed.empty();
        }
        if (!Files.isRegularFile(path)) {
            problems.accept(CorpusProblem.error(ExitCode.DATA, YoyException.at(path.toString(), 0, 0,
                    "is not a regular file", "make manifest.yaml a YAML file or remove it")));
            return null;
        }
        return Manifest.read(path, path.toString(), dir, names, problems);
    }

    /**
     * The metadata of one report: one document, or for a book of country chapters one per chapter (named
     * {@code file#Country}, with the chapter's country and the book's other metadata).
     */
    private List<DocumentMeta> describe(String name, String sha256, Scanned scanned, Manifest.Parsed manifest, Said said) {
        DocumentMeta whole = describe(name, sha256, scanned.profile(),
                scanned.converted() == null ? Converted.Hints.NONE : scanned.converted().converted().hints(), manifest, said);
        if (whole == null) {
            return List.of();
        }
        if (scanned.converted() == null || scanned.converted().chapters().isEmpty()) {
            return List.of(whole);
        }
        List<DocumentMeta> out = new ArrayList<>();
        for (Chapters.Chapter c : scanned.converted().chapters()) {
            String inferred = (whole.inferred().isEmpty() ? "" : whole.inferred() + ", ") + "country from its chapter heading";
            out.add(new DocumentMeta(name + CHAPTER_MARK + c.name(), whole.title(), whole.publisher(), c.country(),
                    whole.coverageYear(), whole.url(), sha256, inferred));
        }
        said.notice(display(name) + ": a book of " + out.size() + " country chapters, each read as a report: "
                + chapterList(scanned.converted()));
        return out;
    }

    /** "Armenia (p. 2), Azerbaijan (p. 5), …": the chapters found, with their first page in a PDF. */
    private static String chapterList(ConvertedFile book) {
        List<String> names = new ArrayList<>();
        boolean paged = !book.converted().pages().isEmpty();
        for (Chapters.Chapter c : book.chapters()) {
            names.add(paged ? c.name() + " (" + book.layout().locationAt(c.start()) + ")" : c.name());
        }
        return String.join(", ", names);
    }

    /** Between a book's file name and a chapter's name in a document's name: {@code report.pdf#Kazakhstan}. */
    static final String CHAPTER_MARK = "#";

    private DocumentMeta describe(String name, String sha256, TextProfile profile, Converted.Hints hints,
            Manifest.Parsed manifest, Said said) {
        Manifest.Entry entry = manifest == null ? null : manifest.entries().get(name);
        if (entry == null && (manifest == null || manifest.broken().contains(name))) {
            return null; // its manifest entry was reported as wrong: guessing now would only add noise
        }
        MetadataInference.Inferred guess = MetadataInference.infer(profile, hints);
        List<String> parts = new ArrayList<>();
        if (entry == null) {
            if (guess.coverageYear() == 0) {
                said.problem(CorpusProblem.errorIn(name, ExitCode.DATA, YoyException.at(display(name), 1, 1,
                        "cannot infer the coverage year", "add an entry to manifest.yaml with coverage_year")));
                return null;
            }
            parts.add("coverage_year " + guess.coverageYear() + " from " + guess.yearEvidence());
        } else if (guess.strong() && guess.coverageYear() != entry.coverageYear()) {
            said.problem(CorpusProblem.warning(YoyException.at(dir.resolve(Manifest.NAME).toString(),
                    entry.yearLine(), entry.yearCol(),
                    "coverage_year " + entry.coverageYear() + " for '" + name + "', but the text suggests "
                            + guess.coverageYear() + " (" + guess.yearEvidence() + ")",
                    "check the year")));
        }
        String publisher = pick(entry == null ? null : entry.publisher(), guess.publisher(), "publisher", parts);
        String title = pick(entry == null ? null : entry.title(), guess.title(), "title", parts);
        String country = pick(entry == null ? null : entry.country(), guess.country(), "country", parts);
        String inferred = String.join(", ", parts);
        if (!parts.isEmpty()) {
            said.notice(display(name) + ": " + (entry == null ? "no manifest entry" : "incomplete manifest entry")
                    + "; inferred " + inferred);
        }
        int year = entry == null ? guess.coverageYear() : entry.coverageYear();
        return new DocumentMeta(name, title, publisher, country, year, entry == null ? null : entry.url(), sha256,
                inferred);
    }

    private static String pick(String given, String guessed, String field, List<String> parts) {
        if (given != null) {
            return given;
        }
        if (!guessed.isEmpty()) {
            parts.add(field + " " + MetadataInference.quote(guessed));
        }
        return guessed;
    }
}
