package yoy.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import yoy.concurrent.InOrder;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Observation;
import yoy.testing.Fixtures;

class ParallelPipelineTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static List<Observation> seeds(int jobs) {
        IndicatorSet set = IndicatorLoader.load(ROOT.resolve("indicators.yaml"));
        return new Pipeline(set, RunFilter.all(), jobs)
                .run(new CorpusReader(ROOT.resolve("seeds"), notice -> { }))
                .observations();
    }

    @Test
    void theSeedsGiveTheSameObservationsOnOneThreadAndOnFour() {
        List<Observation> one = seeds(1);
        assertFalse(one.isEmpty());
        assertEquals(one, seeds(4));
    }

    /** Many small documents, each taking a different time, so that workers finish out of order. */
    private static DocumentSource numbered(int count, int failAt, int alsoFailAt, List<String> reads) {
        List<DocumentMeta> metas = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            metas.add(Fixtures.doc(String.format("d%03d.txt", k), 2022));
        }
        return new DocumentSource() {
            @Override
            public List<DocumentMeta> documents() {
                return metas;
            }

            @Override
            public Document read(DocumentMeta meta) {
                int k = metas.indexOf(meta);
                reads.add(meta.file());
                if (k == failAt || k == alsoFailAt) {
                    // The earlier document fails later in time than the one after it.
                    sleep(k == failAt ? 30 : 0);
                    throw new YoyException(ExitCode.DATA, meta.file() + ": not valid UTF-8; fix it");
                }
                sleep((count - k) % 4);
                return new Document(meta, "text " + k);
            }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void resultsComeInFileOrderWhateverTheThreadCount(int jobs) {
        List<String> order = new ArrayList<>();
        new Pipeline(Fixtures.indicators(), RunFilter.all(), d -> {
            synchronized (order) {
                order.add(d.file());
            }
            return List.of();
        }, jobs).run(numbered(40, -1, -1, new ArrayList<>()));
        assertEquals(40, order.size());
        List<String> results = new ArrayList<>();
        InOrder.run(List.of(5, 1, 4, 2, 3, 0), jobs, k -> {
            sleep(k * 3L);
            return "r" + k;
        }, results::add);
        assertEquals(List.of("r5", "r1", "r4", "r2", "r3", "r0"), results);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void theFirstFailingDocumentInFileOrderIsReportedAsItIsOnOneThread(int jobs) {
        ConcurrentLinkedQueue<String> reads = new ConcurrentLinkedQueue<>();
        List<String> readList = new ArrayList<>() {
            @Override
            public boolean add(String s) {
                return reads.add(s);
            }
        };
        YoyException e = assertThrows(YoyException.class, () -> new Pipeline(Fixtures.indicators(), RunFilter.all(),
                d -> List.of(), jobs).run(numbered(30, 7, 9, readList)));
        assertEquals("d007.txt: not valid UTF-8; fix it", e.getMessage());
        assertEquals(ExitCode.DATA, e.exitCode());
        // No more than the window of batches of documents was started past the failing one.
        assertEquals(true, reads.size() <= 8 + InOrder.window(jobs) * InOrder.BATCH, "read " + reads.size());
    }

    @Test
    void aWorkersOwnExceptionIsRethrownAsItIs() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InOrder.run(List.of(1, 2, 3), 2,
                k -> {
                    calls.incrementAndGet();
                    if (k == 2) {
                        throw boom;
                    }
                    return k;
                }, r -> { }));
        assertSame(boom, e);
    }

    /** A folder of good reports with one bad (not UTF-8) and one empty report among them. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aBadReportInAFolderIsReportedAsOnOneThread(int jobs, @TempDir Path dir) throws Exception {
        for (int k = 0; k < 12; k++) {
            Files.writeString(dir.resolve(String.format("r%02d.txt", k)), "Annual report 2022.\n\nIn 2022, "
                    + (k + 3) + " protesters were detained.\n");
        }
        Files.write(dir.resolve("r05.txt"), new byte[] {'O', 'k', ' ', (byte) 0xC3, '(', '\n'});
        Files.writeString(dir.resolve("r09.txt"), "  \n");
        IndicatorSet set = IndicatorLoader.load(ROOT.resolve("indicators.yaml"));
        YoyException e = assertThrows(YoyException.class,
                () -> new Pipeline(set, RunFilter.all(), jobs).run(new CorpusReader(dir, notice -> { })));
        YoyException one = assertThrows(YoyException.class,
                () -> new Pipeline(set, RunFilter.all(), 1).run(new CorpusReader(dir, notice -> { })));
        assertEquals(one.getMessage(), e.getMessage());
        assertEquals(one.exitCode(), e.exitCode());
        assertTrue(e.getMessage().contains("r05.txt"), e.getMessage());
    }

    @Test
    void jobsBelowOneAreAUsageError() {
        YoyException e = assertThrows(YoyException.class, () -> Jobs.of(0));
        assertEquals(ExitCode.USAGE, e.exitCode());
    }
}
