package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The progress bar: drawn on stderr only for a watching person and long work, wiped at the end. */
class ProgressBarTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    @AfterEach
    void clearProperty() {
        System.clearProperty(ProgressBar.TTY_PROPERTY);
    }

    private ProgressBar bar() {
        return new ProgressBar(new PrintWriter(err), now::get);
    }

    /** Every document done, the clock moving {@code step} nanoseconds per document. */
    private static void readAll(ProgressBar bar, int total, AtomicLong clock, long step) {
        for (int i = 1; i <= total; i++) {
            clock.addAndGet(step);
            bar.documentDone(i, total);
        }
    }

    @Test
    void rendersDoneOutOfTotal() {
        assertEquals("[                              ]   0/100 documents", ProgressBar.render(0, 100));
        assertEquals("[#########                     ]  30/100 documents", ProgressBar.render(30, 100));
        assertEquals("[##############################] 100/100 documents", ProgressBar.render(100, 100));
        assertEquals("[##############################] 0/0 documents", ProgressBar.render(0, 0));
    }

    @Test
    void manyDocumentsAreShownRewrittenAndWiped() {
        try (ProgressBar bar = bar()) {
            readAll(bar, 200, now, ProgressBar.REDRAW_NANOS);
        }
        String s = err.toString();
        assertTrue(s.startsWith("\r[                              ]   1/200 documents"), s);
        assertTrue(s.contains("\r[##############################] 200/200 documents"), s);
        assertTrue(s.endsWith("\r" + " ".repeat(ProgressBar.render(200, 200).length()) + "\r"), "wiped: " + s);
        assertTrue(!s.contains("\n"), "never a new line: " + s);
    }

    @Test
    void redrawsAreThrottledButTheLastIsShown() {
        try (ProgressBar bar = bar()) {
            readAll(bar, 1000, now, 1_000);
        }
        String s = err.toString();
        // One \r for the first draw, one for the last, two for the wipe.
        assertEquals(4, s.chars().filter(c -> c == '\r').count(), s);
        assertTrue(s.contains("1000/1000"), s);
    }

    @Test
    void aFewQuickDocumentsShowNothing() {
        try (ProgressBar bar = bar()) {
            readAll(bar, ProgressBar.MANY_DOCUMENTS, now, 1_000_000);
        }
        assertEquals("", err.toString());
    }

    @Test
    void aFewSlowDocumentsShowOnceASecondHasGone() {
        try (ProgressBar bar = bar()) {
            readAll(bar, 4, now, ProgressBar.SLOW_NANOS / 2);
        }
        String s = err.toString();
        assertTrue(s.startsWith("\r[###############               ] 2/4 documents"), s);
        assertTrue(s.contains("4/4"), s);
    }

    @Test
    void onlyWhenTheLauncherSaysStderrIsATerminalAndNotQuiet() {
        readAll(ProgressBar.onStderr(new PrintWriter(err), false), 500, now, 0);
        assertEquals("", err.toString(), "no property: not a terminal");
        System.setProperty(ProgressBar.TTY_PROPERTY, "true");
        readAll(ProgressBar.onStderr(new PrintWriter(err), true), 500, now, 0);
        assertEquals("", err.toString(), "-q: no bar");
        try (ProgressBar bar = ProgressBar.onStderr(new PrintWriter(err), false)) {
            readAll(bar, 500, now, 0);
        }
        assertTrue(err.toString().contains("500/500 documents"), err.toString());
        System.setProperty(ProgressBar.TTY_PROPERTY, "false");
        err.getBuffer().setLength(0);
        readAll(ProgressBar.onStderr(new PrintWriter(err), false), 500, now, 0);
        assertEquals("", err.toString());
    }

    @Test
    void theCommandsDrawItOnStderrOnlyWhenAsked() {
        // The seed corpus is small and quick: no bar even on a terminal, and stdout never has one.
        System.setProperty(ProgressBar.TTY_PROPERTY, "true");
        Cli.Result r = Cli.run("series", "--corpus", Cli.SEEDS.toString(), "--indicators",
                SeriesCommandTest.REAL_INDICATORS);
        assertEquals(0, r.code(), r.err());
        assertTrue(!r.out().contains("\r") && !r.err().contains("\r"), r.err());
    }
}
