package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

class ChartCacheTest {

    private static IndicatorSeries series(YearStatus status) {
        return new IndicatorSeries("x", "X", "people", "", 2020, 2020, 0,
                List.of(new MeasureSeries("m", "m", List.of(SeriesPoint.missing(2020, status)))));
    }

    @Test
    void theSameSeriesIsCopiedAndAnyChangeDrawsAfresh(@TempDir Path tmp) throws Exception {
        AtomicInteger drawn = new AtomicInteger();
        Report.ChartStep step = file -> Files.writeString(file, "chart " + drawn.incrementAndGet(), StandardCharsets.UTF_8);
        ChartCache cache = new ChartCache(tmp.resolve("cache"), "renderer-1");
        Path a = tmp.resolve("a.png");
        Path b = tmp.resolve("b.png");
        cache.draw("charts/x.png", series(YearStatus.NO_REPORT), a, step);
        cache.draw("charts/x.png", series(YearStatus.NO_REPORT), b, step);
        assertEquals(1, drawn.get(), "the second chart came from the cache");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

        cache.draw("charts/x.png", series(YearStatus.NOT_REPORTED), tmp.resolve("c.png"), step);
        cache.draw("charts/x@2x.png", series(YearStatus.NO_REPORT), tmp.resolve("d.png"), step);
        new ChartCache(tmp.resolve("cache"), "renderer-2").draw("charts/x.png", series(YearStatus.NO_REPORT),
                tmp.resolve("e.png"), step);
        assertEquals(4, drawn.get(), "other figures, another file and another renderer each draw");
    }

    @Test
    void anUnwritableCacheOnlyCostsTime(@TempDir Path tmp) throws Exception {
        Path notADir = tmp.resolve("file");
        Files.writeString(notADir, "x");
        AtomicInteger drawn = new AtomicInteger();
        ChartCache cache = new ChartCache(notADir, "r");
        Path out = tmp.resolve("out.svg");
        cache.draw("charts/x.svg", series(YearStatus.NO_REPORT), out, file -> {
            drawn.incrementAndGet();
            Files.writeString(file, "svg");
        });
        assertEquals("svg", Files.readString(out));
        assertEquals(1, drawn.get());
    }
}
