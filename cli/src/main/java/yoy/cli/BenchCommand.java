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
 * keeps count in the peak heap.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Measure extraction throughput (MB/s on one thread and on all cores) and peak heap on a large corpus made from --corpus.",
        footer = {"", "Filters: --indicator and --country narrow what is extracted and from which reports;"
                        + " --from/--to keep only figures in the span when counting them (the text read stays the same).",
                "", "Examples (the first two are the README's figures):",
                "  java -Xmx256m -jar cli/target/yoy.jar bench --mb 100",
                "  java -Xmx512m -jar cli/target/yoy.jar bench --mb 1000 --jobs 2",
                "  ./yoy bench --mb 20 --indicator political_prisoners"})
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

    // 100, not less: the compiled code keeps improving until some 80 MB have gone through it, and a shorter
    // warm-up measured compilation, on the other core, as much as extraction.
    @Option(names = "--warmup-mb", paramLabel = "MB", defaultValue = "100",
            description = "Text extracted first and not timed, so that the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    int warmupMegabytes;

    @Option(names = "--dump", paramLabel = "DIR", hidden = true,
            description = "Write the shifted copies (one of each) with a manifest.yaml into DIR and stop;"
                    + " to compare extraction output before and after a change on a corpus larger than the seeds.")
    Path dump;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Messages messages = Flags.messages(spec);
        RunFilter filter = filters.toFilter();
        IndicatorSet set = IndicatorLoader.load(input.indicators);
        // The shifted copies are made before timing, so that only extraction is measured.
        ShiftedCorpus shifted = new ShiftedCorpus(new CorpusReader(input.corpus, messages::note), filter);
        // The copies are of the chosen countries' reports already; the pipeline filters indicators and years.
        RunFilter byFigure = new RunFilter(filter.indicators(), filter.years());
        if (dump != null) {
            dump(shifted.variants(), dump);
            return 0;
        }
        List<Integer> threadCounts = jobs.jobs != null ? List.of(jobs.count())
                : jobs.count() == 1 ? List.of(1) : List.of(1, jobs.count());
        PrintWriter out = spec.commandLine().getOut();
        double single = 0;
        long peak = 0;
        long live = 0;
        for (int threads : threadCounts) {
            Pipeline pipeline = new Pipeline(set, byFigure, threads);
            pipeline.run(shifted.repeated(warmupMegabytes * 1_000_000L));
            System.gc();
            HeapWatch watch = HeapWatch.start();
            ShiftedCorpus.Source big = shifted.repeated(megabytes * 1_000_000L);
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            RunResult run = pipeline.run(big);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (cpuNanos() - cpuStart) / 1e9;
            peak = Math.max(peak, watch.stop());
            live = Math.max(live, liveBytes(run));
            double mb = big.bytes() / 1e6;
            double rate = mb / seconds;
            single = threads == 1 ? rate : single;
            out.print(String.format(Locale.ROOT, "extract: %.1f MB in %d documents, %d observations, %.2f s (CPU %.2f s) on %d %s: %.1f MB/s%s%n",
                    mb, run.documents().size(), run.observations().size(), seconds, cpu, threads,
                    threads == 1 ? "thread" : "threads", rate,
                    threads > 1 && single > 0 ? String.format(Locale.ROOT, " (%.2fx one thread)", rate / single) : ""));
            out.flush();
        }
        out.print(String.format(Locale.ROOT, "peak heap %.0f MB (max %.0f MB); live after the run %.0f MB%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, live / 1e6));
        return 0;
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
    private static final class HeapWatch implements Runnable {
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
