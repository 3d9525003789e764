package yoy.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import yoy.corpus.Document;
import yoy.model.DocumentMeta;
import yoy.pipeline.DocumentSource;
import yoy.pipeline.Pipeline;
import yoy.pipeline.ShiftedCorpus;
import yoy.pipeline.TextShapes;

/**
 * {@code yoy bench --shapes}: extraction speed on one thread and peak heap for each {@link TextShapes.Shape}, set
 * against the speed on the shifted corpus (the seeds) measured in the same process, and beside the speed on the
 * material the shapes are made of, as written. A shape far below both has work growing faster than its size.
 */
final class ShapesBench {

    private final Pipeline pipeline;
    private final List<Document> material;
    private final TextShapes shapes;
    private final PrintWriter out;

    ShapesBench(Pipeline pipeline, List<Document> material, PrintWriter out) {
        this.pipeline = pipeline;
        this.material = material;
        this.shapes = new TextShapes(material);
        this.out = out;
    }

    /** The one-thread pipeline the shapes are read with. */
    Pipeline pipeline() {
        return pipeline;
    }

    /** Times {@code seedMegabytes} of the shifted seeds, then every shape at {@code scale} of its full size. */
    void run(ShiftedCorpus seeds, int seedMegabytes, double scale) throws InterruptedException {
        ShiftedCorpus.Source big = seeds.repeated(seedMegabytes * 1_000_000L);
        Timed base = time(big, big.bytes());
        out.print(String.format(Locale.ROOT, "%-22s %7s %8s %7s %8s %7s %10s%n", "shape", "MB", "figures", "MB/s", "CPU MB/s",
                "ratio", "peak heap"));
        out.print(row("corpus (shifted)", base, base.mbPerCpuSecond()));
        // The material as written, about as large as the largest shape: what its sentences cost in their own shape.
        DocumentSource asWritten = repeated(material, (long) (10_000_000 * scale));
        time(repeated(material, (long) (1_000_000 * scale)), 0);
        Timed reports = time(asWritten, bytes(asWritten));
        out.print(row("material as is", reports, base.mbPerCpuSecond()));
        for (TextShapes.Shape shape : TextShapes.Shape.values()) {
            // A small shape is read several times over (as documents of their own), so that each timing lasts.
            Document doc = shapes.make(shape, scale);
            DocumentSource copies = repeated(List.of(doc), (long) (10_000_000 * scale));
            // The same run first, untimed: a shape takes branches the corpus never takes (pieces that end in a comma,
            // a paragraph of thousands of sentences), and the JIT recompiles the methods that hold them, 0.1-0.3 s
            // each; a tenth-size copy left most of that to the timed run, which measured the compiler, not the shape.
            time(copies, 0);
            Timed t = time(copies, bytes(copies));
            int n = copies.documents().size();
            out.print(row(shape.label() + (n > 1 ? " x" + n : ""), t, base.mbPerCpuSecond()));
            out.flush();
        }
    }

    /**
     * One run: its wall time, and the CPU time of this thread, which did the extraction (one thread runs the pipeline
     * on the caller's): on a shared machine the wall time counts the other processes' turns too.
     */
    private record Timed(long bytes, int figures, double seconds, double cpuSeconds, long peakHeap) {
        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }

        double mbPerCpuSecond() {
            return bytes / 1e6 / cpuSeconds;
        }
    }

    /** {@code base}: the shifted corpus's MB per CPU second, which the ratio is to. */
    private static String row(String label, Timed t, double base) {
        return String.format(Locale.ROOT, "%-22s %7.2f %8d %7.1f %8.1f %6.2fx %7.0f MB%n", label, t.bytes / 1e6, t.figures,
                t.mbPerSecond(), t.mbPerCpuSecond(), t.mbPerCpuSecond() / base, t.peakHeap / 1e6);
    }

    private Timed time(DocumentSource source, long bytes) throws InterruptedException {
        System.gc();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        BenchCommand.HeapWatch watch = BenchCommand.HeapWatch.start();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int figures = pipeline.run(source).observations().size();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        return new Timed(bytes, figures, seconds, cpuSeconds, watch.stop());
    }

    /** The documents over and over (each copy a file of its own name) until at least {@code chars} characters. */
    private static DocumentSource repeated(List<Document> documents, long chars) {
        List<Document> out = new java.util.ArrayList<>();
        long done = 0;
        for (int k = 0; done < chars || out.isEmpty(); k++) {
            Document d = documents.get(k % documents.size());
            DocumentMeta m = d.meta();
            out.add(new Document(new DocumentMeta(String.format(Locale.ROOT, "%06d_%s", k, m.file()), m.title(), m.publisher(),
                    m.country(), m.coverageYear(), m.url(), m.sha256(), m.inferred()), d.text(), d.layout()));
            done += d.text().length();
        }
        return DocumentSource.of(out);
    }

    private static long bytes(DocumentSource source) {
        long n = 0;
        for (DocumentMeta m : source.documents()) {
            n += source.read(m).text().getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
