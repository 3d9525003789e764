package yoy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.pipeline.Pipeline;
import yoy.pipeline.ShiftedCorpus;
import yoy.pipeline.RunFilter;
import yoy.pipeline.RunResult;

/**
 * {@code yoy bench}: extraction throughput over a corpus of at least {@code --mb} megabytes, made by
 * repeating the corpus with every year shifted by 0 to 29 years, on one thread and on all cores (or on
 * {@code --jobs} threads only), and the peak heap. The run goes through the same {@link Pipeline} as
 * {@code report} (reading aside: the shifted copies are made before timing), so the observations it
 * keeps count in the peak heap. With {@code --shapes}, {@link ShapesBench} times awkward shapes of text instead; with
 * {@code --formats}, {@link FormatsBench} times reading web pages and PDFs, conversion included.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Measure extraction throughput (MB/s on one thread and on all cores) and peak heap on a large corpus made from --corpus.",
        footer = {"", "Filters: --indicator and --country narrow what is extracted and from which reports;"
                        + " --from/--to keep only figures in the span when counting them (the text read stays the same).",
                "", "Examples (the first two are the README's figures):",
                "  java -XX:+UseParallelGC -Xmx256m -jar cli/target/yoy.jar bench --mb 100",
                "  java -XX:+UseParallelGC -Xmx512m -jar cli/target/yoy.jar bench --mb 1000 --jobs 2 --rounds 1",
                "  ./yoy bench --mb 20 --indicator political_prisoners",
                "  java -XX:+UseParallelGC -Xmx256m -jar cli/target/yoy.jar bench --shapes --mb 100 --material seeds"
                        + " --material engine/src/test/resources/real/tune",
                "  java -XX:+UseParallelGC -Xmx256m -jar cli/target/yoy.jar bench"
                        + " --formats engine/src/test/resources/formats/seeds-html --formats engine/src/test/resources/formats/seeds-pdf",
                "  java -XX:+UseParallelGC -Xmx256m -jar cli/target/yoy.jar bench --formats examples/mixed"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Mixin
    JobsOption jobs;

    @Option(names = "--mb", paramLabel = "MB", defaultValue = "100", description = "Corpus size in MB (default: ${DEFAULT-VALUE}).")
    int megabytes;

    // The JIT's optimising compiler goes on compiling for several hundred megabytes of text, on the other core,
    // and on a 2-core VM that slowed the thread being timed by a fifth: so the warm-up goes on until a round
    // compiles (almost) nothing, up to this cap.
    @Option(names = "--warmup-mb", paramLabel = "MB", defaultValue = "1000",
            description = "At most this much text is extracted first, untimed, in rounds of " + WARMUP_ROUND_MB + " MB until"
                    + " the JIT compiles almost nothing more (default: ${DEFAULT-VALUE}).")
    int warmupMegabytes;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Timed runs per thread count; the figure is their median, with the range (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--shapes",
            description = "Instead: time each awkward shape of text (one line, one paragraph, a table, a run of numbers,"
                    + " headings alone, one sentence; made of the sentences of the --material reports) on one thread,"
                    + " after --mb of the shifted corpus and the material as written; prints for each the figures found,"
                    + " MB/s by the wall clock and by the thread's CPU time, the ratio of the latter to the corpus's,"
                    + " and the peak heap.")
    boolean shapes;

    @Option(names = "--material", paramLabel = "DIR",
            description = "With --shapes: folders whose reports the shapes are made of (default: the --corpus); repeat it for several.")
    List<Path> material;

    @Option(names = "--shape-scale", paramLabel = "X", defaultValue = "1",
            description = "With --shapes: the shapes' size, as a fraction of the full one (10 MB on one line, 10 MB in one"
                    + " paragraph, a 1 MB table, 100,000 numbers, 10,000 headings, a 5 MB sentence; default: ${DEFAULT-VALUE}).")
    double shapeScale;

    @Option(names = "--formats", paramLabel = "DIR",
            description = "Instead: time reading the reports of DIR in their own format, conversion included: for web pages"
                    + " (.html, .htm), PDFs and plain text (.txt, for comparison), each found in the folders, every report of"
                    + " that format is read, converted and searched, over and over, on one thread, for --seconds of its CPU"
                    + " time after a warm-up (at most --warmup-mb of input); prints one row per format with MB/s of input"
                    + " and of text (and pages/s for PDFs), by the wall clock and by the thread's CPU time. Repeat it for"
                    + " several folders; --corpus is not read.")
    List<Path> formats;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "3",
            description = "With --formats: each format is timed for at least this much CPU time (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--dump", paramLabel = "DIR", hidden = true,
            description = "Write the shifted copies (one of each) with a manifest.yaml into DIR and stop;"
                    + " to compare extraction output before and after a change on a corpus larger than the seeds.")
    Path dump;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (megabytes < 1) {
            throw new YoyException(ExitCode.USAGE, "--mb " + megabytes + " is too small; give the corpus size in MB, 1 or more");
        }
        if (warmupMegabytes < 0) {
            throw new YoyException(ExitCode.USAGE, "--warmup-mb " + warmupMegabytes + " is negative; give 0 (no warm-up) or more");
        }
        if (rounds < 1) {
            throw new YoyException(ExitCode.USAGE, "--rounds " + rounds + " is too few; give 1 or more timed runs (the default is 3)");
        }
        if (!(seconds > 0 && seconds <= 600)) {
            throw new YoyException(ExitCode.USAGE, "--seconds " + seconds + " is out of range; give a time above 0, at most 600");
        }
        if (shapes && formats != null && !formats.isEmpty()) {
            throw new YoyException(ExitCode.USAGE, "--shapes and --formats are two different benches; give one of them");
        }
        Messages messages = Flags.messages(spec);
        RunFilter filter = filters.toFilter();
        IndicatorSet set = IndicatorLoader.load(input.indicators);
        if (formats != null && !formats.isEmpty()) {
            return formats(set, filter, messages);
        }
        // The shifted copies are made before timing, so that only extraction is measured.
        ShiftedCorpus shifted = new ShiftedCorpus(new CorpusReader(input.corpus, messages::note), filter);
        // The copies are of the chosen countries' reports already; the pipeline filters indicators and years.
        RunFilter byFigure = new RunFilter(filter.indicators(), filter.years());
        if (dump != null) {
            dump(shifted.variants(), dump);
            return 0;
        }
        if (shapes) {
            return shapes(set, byFigure, shifted, messages);
        }
        List<Integer> threadCounts = jobs.jobs != null ? List.of(jobs.count())
                : jobs.count() == 1 ? List.of(1) : List.of(1, jobs.count());
        PrintWriter out = spec.commandLine().getOut();
        List<Pipeline> pipelines = new java.util.ArrayList<>();
        for (int threads : threadCounts) {
            Pipeline pipeline = new Pipeline(set, byFigure, threads);
            int warmed = warmUp(pipeline, shifted);
            messages.note(String.format(Locale.ROOT, "warm-up on %s: %d MB", threads(threads), warmed));
            pipelines.add(pipeline);
        }
        ShiftedCorpus.Source big = shifted.repeated(megabytes * 1_000_000L);
        double mb = big.bytes() / 1e6;
        // Rounds alternate between the thread counts, so that each ratio to one thread compares runs made a few
        // seconds apart: on a shared machine the speed drifts by more than a tenth between minutes.
        double[][] seconds = new double[pipelines.size()][rounds];
        double[][] cpu = new double[pipelines.size()][rounds];
        long peak = 0;
        RunResult run = null;
        for (int r = 0; r < rounds; r++) {
            for (int p = 0; p < pipelines.size(); p++) {
                run = null; // the previous run's observations are garbage before the next run starts
                System.gc();
                HeapWatch watch = HeapWatch.start();
                long start = System.nanoTime();
                long cpuStart = cpuNanos();
                run = pipelines.get(p).run(big);
                seconds[p][r] = (System.nanoTime() - start) / 1e9;
                cpu[p][r] = (cpuNanos() - cpuStart) / 1e9;
                peak = Math.max(peak, watch.stop());
            }
        }
        long live = liveBytes(run);
        for (int p = 0; p < pipelines.size(); p++) {
            int threads = threadCounts.get(p);
            int median = medianIndex(seconds[p]);
            String ratio = "";
            if (threads > 1 && threadCounts.get(0) == 1) {
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = seconds[0][r] / seconds[p][r];
                }
                ratio = String.format(Locale.ROOT, " (%.2fx one thread%s)", ratios[medianIndex(ratios)],
                        rounds > 1 ? ", the median of the ratios of runs made side by side" : "");
            }
            out.print(String.format(Locale.ROOT, "extract: %.1f MB in %d documents, %d observations, %.2f s (CPU %.2f s) on %s: %.1f MB/s%s%s%n",
                    mb, run.documents().size(), run.observations().size(), seconds[p][median], cpu[p][median],
                    threads(threads), mb / seconds[p][median],
                    rounds > 1 ? String.format(Locale.ROOT, " (median of %d runs, %.1f-%.1f)", rounds,
                            mb / java.util.Arrays.stream(seconds[p]).max().orElseThrow(),
                            mb / java.util.Arrays.stream(seconds[p]).min().orElseThrow()) : "",
                    ratio));
        }
        out.print(String.format(Locale.ROOT, "peak heap %.0f MB (max %.0f MB); live after the run %.0f MB%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, live / 1e6));
        return 0;
    }

    private static final int WARMUP_ROUND_MB = 100;

    /** {@code --shapes}: one thread, warmed up on the shifted corpus, then {@link ShapesBench}. */
    private int shapes(IndicatorSet set, RunFilter byFigure, ShiftedCorpus shifted, Messages messages)
            throws InterruptedException {
        if (!(shapeScale > 0 && shapeScale <= 10)) {
            throw new YoyException(ExitCode.USAGE, "--shape-scale " + shapeScale + " is out of range; give a fraction above 0, at most 10");
        }
        List<Document> documents = new java.util.ArrayList<>();
        for (Path dir : material == null || material.isEmpty() ? List.of(input.corpus) : material) {
            CorpusReader reader = new CorpusReader(dir, messages::note);
            for (DocumentMeta meta : reader.documents()) {
                documents.add(reader.read(meta));
            }
        }
        ShapesBench bench;
        try {
            bench = new ShapesBench(new Pipeline(set, byFigure, 1), documents, spec.commandLine().getOut());
        } catch (IllegalArgumentException e) {
            throw new YoyException(ExitCode.DATA, YoyException.at(String.valueOf(material == null ? input.corpus : material),
                    0, 0, e.getMessage(), "give --material a folder of reports with running text, numbers and headings"));
        }
        messages.note(String.format(Locale.ROOT, "warm-up on 1 thread: %d MB", warmUp(bench.pipeline(), shifted)));
        bench.run(shifted, megabytes, shapeScale);
        return 0;
    }

    /** {@code --formats}: {@link FormatsBench} on one thread. */
    private int formats(IndicatorSet set, RunFilter filter, Messages messages) throws IOException {
        new FormatsBench(new Pipeline(set, filter, 1), formats, spec.commandLine().getOut(), messages::note)
                .run(seconds, warmupMegabytes * 1_000_000L);
        return 0;
    }

    private static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }

    /**
     * Extracts rounds of {@link #WARMUP_ROUND_MB} (their results dropped) until one compiles almost nothing (under 1%
     * of its time went to the JIT) or {@link #warmupMegabytes} are spent; returns the megabytes extracted.
     */
    private int warmUp(Pipeline pipeline, ShiftedCorpus shifted) {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        int done = 0;
        while (done < warmupMegabytes) {
            int mb = Math.min(WARMUP_ROUND_MB, warmupMegabytes - done);
            long compiled = timed ? jit.getTotalCompilationTime() : 0;
            long start = System.nanoTime();
            pipeline.run(shifted.repeated(mb * 1_000_000L));
            done += mb;
            double roundMillis = (System.nanoTime() - start) / 1e6;
            if (!timed || jit.getTotalCompilationTime() - compiled < 0.01 * roundMillis) {
                break;
            }
        }
        return done;
    }

    /** The index of the median of {@code values} (the lower middle one when their number is even). */
    private static int medianIndex(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        return order[(values.length - 1) / 2];
    }

    /** Writes every variant as {@code sNN_<file>} with a manifest.yaml giving its (shifted) metadata. */
    private static void dump(List<Document> variants, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder manifest = new StringBuilder("documents:\n");
        int k = 0;
        for (Document d : variants) {
            String file = String.format(Locale.ROOT, "s%02d_%s", k++ / (variants.size() / ShiftedCorpus.SHIFTS), d.file());
            Files.writeString(dir.resolve(file), d.text(), StandardCharsets.UTF_8);
            DocumentMeta m = d.meta();
            manifest.append("  - file: ").append(file).append('\n')
                    .append("    title: ").append(quoted(m.title())).append('\n')
                    .append("    publisher: ").append(quoted(m.publisher())).append('\n')
                    .append("    country: ").append(quoted(m.country())).append('\n')
                    .append("    coverage_year: ").append(m.coverageYear()).append('\n');
        }
        Files.writeString(dir.resolve("manifest.yaml"), manifest, StandardCharsets.UTF_8);
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** CPU time of the whole process (all threads, JIT and GC included): a check on wall time when the machine is busy. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Heap still used once garbage is collected, while {@code run} (its observations) is held. */
    private static long liveBytes(RunResult run) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(run);
        return used;
    }

    /**
     * The highest heap use seen, sampled every 5 ms by a daemon thread. Summing each pool's own peak
     * overstates it (the pools peak at different times), and the JVM keeps no peak of the whole heap.
     */
    static final class HeapWatch implements Runnable {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            w.thread = new Thread(w, "yoy-heap-watch");
            w.thread.setDaemon(true);
            w.thread.start();
            return w;
        }

        @Override
        public void run() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
