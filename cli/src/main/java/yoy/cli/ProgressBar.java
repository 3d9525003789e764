package yoy.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import yoy.pipeline.Pipeline;

/**
 * Documents read out of the total, as one line on stderr rewritten with {@code \r} and cleared at the
 * end. Drawn only for a person watching: when the {@code ./yoy} launcher says stderr is a terminal
 * (property {@value #TTY_PROPERTY}), without {@code -q}, and only once the work is long (more than
 * {@value #MANY_DOCUMENTS} documents, or a second gone). Never part of any output file.
 */
final class ProgressBar implements Pipeline.Progress, AutoCloseable {

    /** Set to {@code true} by the launcher when stderr is a terminal; Java cannot tell by itself. */
    static final String TTY_PROPERTY = "yoy.stderr.tty";
    static final int MANY_DOCUMENTS = 50;
    static final long SLOW_NANOS = 1_000_000_000L;
    /** Redraw at most this often, so that a large corpus does not flood the terminal. */
    static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    /** Null when the bar is off. */
    private final PrintWriter err;
    private final LongSupplier clock;
    private final long start;
    private long drawnAt;
    private String shown = "";

    ProgressBar(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** A bar on {@code err} when stderr is a terminal and messages are wanted, otherwise one that draws nothing. */
    static ProgressBar onStderr(PrintWriter err, boolean quiet) {
        boolean on = !quiet && Boolean.parseBoolean(System.getProperty(TTY_PROPERTY, "false"));
        return new ProgressBar(on ? err : null, System::nanoTime);
    }

    static ProgressBar off() {
        return new ProgressBar(null, () -> 0L);
    }

    @Override
    public synchronized void documentDone(int done, int total) {
        if (err == null) {
            return;
        }
        long now = clock.getAsLong();
        boolean started = !shown.isEmpty();
        if (!started && total <= MANY_DOCUMENTS && now - start < SLOW_NANOS) {
            return;
        }
        if (started && done < total && now - drawnAt < REDRAW_NANOS) {
            return;
        }
        String line = render(done, total);
        // Pad over the previous line in case this one is shorter.
        err.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
        err.flush();
        shown = line;
        drawnAt = now;
    }

    /** {@code [########                      ]  27/100 documents}. */
    static String render(int done, int total) {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, (long) done * WIDTH / total);
        String count = Integer.toString(total);
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%" + count.length() + "d/%s documents", done, count);
    }

    /** Wipes the bar, so that the messages after it start on a clean line. */
    @Override
    public synchronized void close() {
        if (err != null && !shown.isEmpty()) {
            err.print("\r" + " ".repeat(shown.length()) + "\r");
            err.flush();
            shown = "";
        }
    }
}
