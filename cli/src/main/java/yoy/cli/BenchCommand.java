package yoy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import yoy.pipeline.DocumentSource;
import yoy.pipeline.Pipeline;
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
        footer = {"", "Example (the README's figure):",
                "  java -Xmx256m -jar cli/target/yoy.jar bench --mb 100",
                "  java -Xmx512m -jar cli/target/yoy.jar bench --mb 1000 --jobs 2"})
final class BenchCommand implements Callable<Integer> {

    private static final int SHIFTS = 30;
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    JobsOption jobs;

    @Option(names = "--mb", paramLabel = "MB", defaultValue = "100", description = "Corpus size in MB (default: ${DEFAULT-VALUE}).")
    int megabytes;

    @Option(names = "--warmup-mb", paramLabel = "MB", defaultValue = "20",
            description = "Text extracted first and not timed, so that the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    int warmupMegabytes;

    @Option(names = "--dump", paramLabel = "DIR", hidden = true,
            description = "Write the shifted copies (one of each) with a manifest.yaml into DIR and stop;"
                    + " to compare extraction output before and after a change on a corpus larger than the seeds.")
    Path dump;

    @Override
    public Integer call() throws IOException {
        Messages messages = Flags.messages(spec);
        IndicatorSet set = IndicatorLoader.load(input.indicators);
        CorpusReader corpus = new CorpusReader(input.corpus, messages::note);
        List<Document> seeds = new ArrayList<>();
        for (DocumentMeta meta : corpus.documents()) {
            seeds.add(corpus.read(meta));
        }
        // The shifted copies are made before timing, so that only extraction is measured.
        List<Document> variants = new ArrayList<>();
        for (int shift = 0; shift < SHIFTS; shift++) {
            for (Document seed : seeds) {
                variants.add(shifted(seed, shift));
            }
        }
        if (dump != null) {
            dump(variants, dump);
            return 0;
        }
        List<Integer> threadCounts = jobs.jobs != null ? List.of(jobs.count())
                : jobs.count() == 1 ? List.of(1) : List.of(1, jobs.count());
        PrintWriter out = spec.commandLine().getOut();
        double single = 0;
        long peak = 0;
        for (int threads : threadCounts) {
            Pipeline pipeline = new Pipeline(set, RunFilter.all(), threads);
            pipeline.run(repeated(variants, warmupMegabytes * 1_000_000L));
            resetPeaks();
            Repeated big = repeated(variants, megabytes * 1_000_000L);
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            RunResult run = pipeline.run(big);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (cpuNanos() - cpuStart) / 1e9;
            peak = Math.max(peak, peakHeapBytes());
            double mb = big.bytes() / 1e6;
            double rate = mb / seconds;
            single = threads == 1 ? rate : single;
            out.print(String.format(Locale.ROOT, "extract: %.1f MB in %d documents, %d observations, %.2f s (CPU %.2f s) on %d %s: %.1f MB/s%s%n",
                    mb, run.documents().size(), run.observations().size(), seconds, cpu, threads,
                    threads == 1 ? "thread" : "threads", rate,
                    threads > 1 && single > 0 ? String.format(Locale.ROOT, " (%.2fx one thread)", rate / single) : ""));
            out.flush();
        }
        out.print(String.format(Locale.ROOT, "peak heap %.0f MB (max %.0f MB)%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6));
        return 0;
    }

    /** The variants, over and over, until {@code bytes} of UTF-8 text: a corpus that is never all in memory twice. */
    private static Repeated repeated(List<Document> variants, long bytes) {
        Map<DocumentMeta, Document> byMeta = new IdentityHashMap<>();
        long[] sizes = new long[variants.size()];
        for (int k = 0; k < variants.size(); k++) {
            byMeta.put(variants.get(k).meta(), variants.get(k));
            sizes[k] = variants.get(k).text().getBytes(StandardCharsets.UTF_8).length;
        }
        List<DocumentMeta> metas = new ArrayList<>();
        long done = 0;
        for (int k = 0; done < bytes; k = (k + 1) % variants.size()) {
            metas.add(variants.get(k).meta());
            done += sizes[k];
        }
        return new Repeated(metas, byMeta, done);
    }

    /** A corpus of the same few documents repeated; {@code bytes}: its UTF-8 size. */
    private record Repeated(List<DocumentMeta> documents, Map<DocumentMeta, Document> byMeta, long bytes)
            implements DocumentSource {
        @Override
        public Document read(DocumentMeta meta) {
            return byMeta.get(meta);
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

    /** Writes every variant as {@code sNN_<file>} with a manifest.yaml giving its (shifted) metadata. */
    private static void dump(List<Document> variants, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder manifest = new StringBuilder("documents:\n");
        int k = 0;
        for (Document d : variants) {
            String file = String.format(Locale.ROOT, "s%02d_%s", k++ / (variants.size() / SHIFTS), d.file());
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

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
