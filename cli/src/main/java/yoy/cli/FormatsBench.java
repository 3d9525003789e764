package yoy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import yoy.corpus.CorpusReader;
import yoy.corpus.format.PdfText;
import yoy.corpus.format.ReportFormat;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.model.DocumentMeta;
import yoy.pipeline.DocumentSource;
import yoy.pipeline.Pipeline;

/**
 * {@code yoy bench --formats DIR}: the speed of reading reports in their own format, conversion included. Each
 * format found in the folders (web pages, PDFs, plain text) is read over and over, every pass through a fresh
 * {@link CorpusReader} and a one-thread {@link Pipeline}, so that every pass reads each file, converts it (a book
 * once for all its chapters, as a run does) and extracts from it: a reader keeps its last few conversions, and a
 * pass served from them would time extraction alone. The folders are listed (hashed, checked) once, untimed.
 */
final class FormatsBench {

    /** The rows, in this order: the formats the bench is for first, plain text last for comparison. */
    private static final List<ReportFormat> ORDER = List.of(ReportFormat.HTML, ReportFormat.PDF, ReportFormat.TXT);

    /** A warm-up round lasts at least this much CPU time per format, so its share of JIT time means something. */
    private static final double WARMUP_ROUND_SECONDS = 0.5;

    // PDFBox is a lot of code: on 2 cores the JIT went on compiling for 30 rounds (40 s) before a round of the seeds'
    // pages and PDFs spent under 1% of its time in it; past this many rounds the timing goes ahead regardless.
    private static final int MAX_WARMUP_ROUNDS = 60;

    /** One folder's reports of one format, listed once. */
    private record Listed(Path dir, List<DocumentMeta> documents) {
    }

    /** What one pass over a format reads, measured once before timing. */
    private record Size(int files, long inputBytes, long textBytes, int pages, int figures) {
    }

    private final Pipeline pipeline;
    private final PrintWriter out;
    private final Consumer<String> notes;
    private final Map<ReportFormat, List<Listed>> formats = new EnumMap<>(ReportFormat.class);
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /**
     * Lists the reports of {@code dirs}; a folder holding no report in a format yoy reads is a usage error.
     *
     * @param pipeline a pipeline on one thread (its caller's, whose CPU time is the check on the wall time)
     */
    FormatsBench(Pipeline pipeline, List<Path> dirs, PrintWriter out, Consumer<String> notes) {
        this.pipeline = pipeline;
        this.out = out;
        this.notes = notes;
        for (Path dir : new LinkedHashSet<>(dirs)) {
            if (!Files.isDirectory(dir)) {
                throw new YoyException(ExitCode.USAGE, "--formats " + dir + " is not a folder; give a folder of reports");
            }
            if (!holdsReports(dir)) {
                throw new YoyException(ExitCode.USAGE, "--formats " + dir + " holds no report (.txt, .html, .htm, .pdf);"
                        + " give a folder of reports");
            }
            // A bad manifest or an unreadable report is said by the reader, as in every command.
            List<DocumentMeta> all = new CorpusReader(dir, notes).documents();
            for (ReportFormat f : ORDER) {
                List<DocumentMeta> mine = all.stream().filter(m -> ReportFormat.of(CorpusReader.fileOf(m)) == f).toList();
                if (!mine.isEmpty()) {
                    formats.computeIfAbsent(f, k -> new ArrayList<>()).add(new Listed(dir, mine));
                }
            }
        }
    }

    /**
     * Warms every format up together (rounds of passes until one compiles almost nothing, at most
     * {@code warmupBytes} of input in all), then reads each format for at least {@code seconds} of this thread's CPU
     * time and prints its row.
     */
    void run(double seconds, long warmupBytes) throws IOException {
        Map<ReportFormat, Size> sizes = new java.util.LinkedHashMap<>(); // in ORDER
        for (ReportFormat f : ORDER) {
            if (formats.containsKey(f)) {
                sizes.put(f, size(f));
            }
        }
        warmUp(sizes, warmupBytes);
        for (var e : sizes.entrySet()) {
            System.gc(); // the previous format's garbage is not this one's to collect
            time(e.getKey(), e.getValue(), seconds);
        }
    }

    private void warmUp(Map<ReportFormat, Size> sizes, long warmupBytes) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean watched = jit != null && jit.isCompilationTimeMonitoringSupported();
        long done = 0;
        int rounds = 0;
        boolean quiet = !watched;
        while (done < warmupBytes && rounds < MAX_WARMUP_ROUNDS) {
            long compiled = watched ? jit.getTotalCompilationTime() : 0;
            long start = System.nanoTime();
            for (var e : sizes.entrySet()) {
                long cpu = cpuNanos();
                do {
                    pass(e.getKey());
                    done += e.getValue().inputBytes();
                } while (cpuNanos() - cpu < WARMUP_ROUND_SECONDS * 1e9);
            }
            rounds++;
            double roundMillis = (System.nanoTime() - start) / 1e6;
            if (!watched || jit.getTotalCompilationTime() - compiled < 0.01 * roundMillis) {
                quiet = true;
                break;
            }
        }
        notes.accept(String.format(Locale.ROOT, "warm-up on 1 thread: %s, %.1f MB of input%s", Messages.count(rounds, "round"),
                done / 1e6, quiet || rounds == 0 ? "" : " (the JIT was still compiling)"));
    }

    private void time(ReportFormat format, Size size, double seconds) {
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        int passes = 0;
        do {
            pass(format);
            passes++;
        } while (cpuNanos() - cpuStart < seconds * 1e9);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpuStart) / 1e9;
        double input = passes * size.inputBytes() / 1e6;
        double text = passes * size.textBytes() / 1e6;
        String pages = size.pages() == 0 ? "" : String.format(Locale.ROOT, ", %.0f pages/s", passes * size.pages() / wall);
        String cpuPages = size.pages() == 0 ? "" : String.format(Locale.ROOT, ", %.0f pages/s", passes * size.pages() / cpu);
        out.print(String.format(Locale.ROOT,
                "%s: %s%s, %.3f MB%s -> %.3f MB of text, %d figures per pass; %d passes in %.2f s:"
                        + " %.2f MB/s of input, %.2f MB/s of text%s (by the thread's CPU time, %.2f s: %.2f MB/s, %.2f MB/s%s)%n",
                label(format), Messages.count(size.files(), "file"),
                size.pages() == 0 ? "" : " (" + Messages.count(size.pages(), "page") + ")",
                size.inputBytes() / 1e6, format == ReportFormat.TXT ? "" : format == ReportFormat.PDF ? " of PDF" : " of pages",
                size.textBytes() / 1e6, size.figures(), passes, wall, input / wall, text / wall, pages,
                cpu, input / cpu, text / cpu, cpuPages));
        out.flush();
    }

    /** One pass over a format: every folder through a reader of its own, which has converted nothing yet. */
    private int pass(ReportFormat format) {
        int figures = 0;
        for (Listed l : formats.get(format)) {
            figures += pipeline.run(DocumentSource.of(new CorpusReader(l.dir(), line -> { }), l.documents())).observations().size();
        }
        return figures;
    }

    /** Files, bytes in and text out, pages and figures of one pass; untimed (and a first warm-up). */
    private Size size(ReportFormat format) throws IOException {
        int files = 0;
        long input = 0;
        long text = 0;
        int pages = 0;
        for (Listed l : formats.get(format)) {
            CorpusReader reader = new CorpusReader(l.dir(), line -> { });
            Set<String> seen = new LinkedHashSet<>();
            for (DocumentMeta m : l.documents()) {
                text += reader.read(m).text().getBytes(StandardCharsets.UTF_8).length;
                String file = CorpusReader.fileOf(m);
                if (seen.add(file)) { // a book's chapters are one file
                    Path path = l.dir().resolve(file);
                    files++;
                    input += Files.size(path);
                    if (format == ReportFormat.PDF) {
                        pages += PdfText.read(Files.readAllBytes(path), path.toString()).pages().size();
                    }
                }
            }
        }
        return new Size(files, input, text, pages, pass(format));
    }

    /** This thread's CPU time, or the wall clock on a JVM that does not measure it (then both figures are the wall's). */
    private long cpuNanos() {
        return threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()
                ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static String label(ReportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private static boolean holdsReports(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> ReportFormat.of(p.getFileName().toString()) != null && Files.isRegularFile(p));
        } catch (IOException e) {
            return true; // the reader says what is wrong with the folder
        }
    }
}
