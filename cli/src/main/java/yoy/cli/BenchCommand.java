package yoy.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import yoy.extract.Extractor;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Observation;
import yoy.pipeline.RunFilter;
import yoy.series.YearRange;

/**
 * {@code yoy bench extract}: extraction throughput on one core over a corpus of at least {@code --mb}
 * megabytes, made by repeating the corpus with every year shifted by 0 to 29 years, and the
 * peak heap. The shifted copies are made before timing.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Measure extraction throughput (MB/s, one core) and peak heap on a large corpus made from --corpus.",
        footer = {"", "Filters: --indicator and --country narrow what is extracted and from which reports;"
                        + " --from/--to keep only figures in the span when counting them (the text read stays the same).",
                "", "Examples (the first is the README's figure):",
                "  java -Xmx256m -jar cli/target/yoy.jar bench --mb 100",
                "  ./yoy bench --mb 20 --indicator political_prisoners"})
final class BenchCommand implements Callable<Integer> {

    private static final int SHIFTS = 30;
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Option(names = "--mb", paramLabel = "MB", defaultValue = "100", description = "Corpus size in MB (default: ${DEFAULT-VALUE}).")
    int megabytes;

    @Option(names = "--warmup-mb", paramLabel = "MB", defaultValue = "20",
            description = "Text extracted first and not timed, so that the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    int warmupMegabytes;

    @Override
    public Integer call() {
        Messages messages = Flags.messages(spec);
        RunFilter filter = filters.toFilter();
        IndicatorSet set = filter.select(IndicatorLoader.load(input.indicators));
        CorpusReader corpus = new CorpusReader(input.corpus, messages::note);
        List<Document> seeds = new ArrayList<>();
        for (DocumentMeta meta : filter.selectDocuments(corpus.documents())) {
            seeds.add(corpus.read(meta));
        }
        // The shifted copies are made before timing, so that only extraction is measured.
        List<Document> variants = new ArrayList<>();
        for (int shift = 0; shift < SHIFTS; shift++) {
            for (Document seed : seeds) {
                variants.add(shifted(seed, shift));
            }
        }
        long[] sizes = variants.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).toArray();
        Extractor extractor = new Extractor(set);
        run(extractor, variants, sizes, warmupMegabytes * 1_000_000L, filter.years());
        resetPeaks();
        long start = System.nanoTime();
        long[] done = run(extractor, variants, sizes, megabytes * 1_000_000L, filter.years());
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = done[0] / 1e6;
        PrintWriter out = spec.commandLine().getOut();
        out.print(String.format(Locale.ROOT,
                "extract: %.1f MB in %d documents, %d observations, %.2f s on one core: %.1f MB/s; peak heap %.0f MB (max %.0f MB)%n",
                mb, done[1], done[2], seconds, mb / seconds, peakHeapBytes() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6));
        return 0;
    }

    /** Extracts from shifted copies of the seeds until {@code bytes} of UTF-8 text are done: {bytes, documents, observations}. */
    private static long[] run(Extractor extractor, List<Document> variants, long[] sizes, long bytes, YearRange years) {
        long done = 0;
        long documents = 0;
        long observations = 0;
        while (done < bytes) {
            for (int k = 0; k < variants.size(); k++) {
                done += sizes[k];
                for (Observation o : extractor.extract(variants.get(k))) {
                    if (years.contains(o.year())) {
                        observations++;
                    }
                }
                documents++;
            }
        }
        return new long[] {done, documents, observations};
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
