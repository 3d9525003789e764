package yoy.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a task to every input on several threads and hands the results to a sink one at a time, on
 * the calling thread, in input order. So the output is the same whatever the thread count, and the
 * sink needs no locking.
 *
 * <p>At most {@link #window} inputs are in flight (started and not yet handed over), so memory holds a
 * bounded number of documents however large the corpus. Used to read and extract documents, to scan a
 * corpus folder and to draw charts.
 *
 * <p>A failing task fails the run with its own exception (a {@code YoyException} stays one), and the
 * failure reported is the first in input order, not the first in time: inputs before it are handed over
 * first, later ones are abandoned.
 */
public final class InOrder {

    private InOrder() {
    }

    /** Threads started by the runs, named so that a thread dump shows them as yoy's. */
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** Two inputs per thread: one being worked on, one ready to start when the other ends. */
    public static int window(int threads) {
        return 2 * threads;
    }

    /**
     * Inputs handed to a thread at a time by {@link #batches}. One by one, every short report (a country chapter is 10
     * to 50 KB) cost a hand-over that woke the gathering thread on a busy core, every tenth of a millisecond.
     */
    public static final int BATCH = 8;

    /** {@code inputs} in consecutive groups of {@link #BATCH}, to run as one input each. */
    public static <T> List<List<T>> batches(List<T> inputs) {
        List<List<T>> out = new ArrayList<>((inputs.size() + BATCH - 1) / BATCH);
        for (int k = 0; k < inputs.size(); k += BATCH) {
            out.add(inputs.subList(k, Math.min(inputs.size(), k + BATCH)));
        }
        return out;
    }

    public static <I, O> void run(List<I> inputs, int threads, Function<I, O> task, Consumer<O> sink) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (threads == 1 || inputs.size() <= 1) {
            // No pool: the same work in the same order on this thread, without the hand-over cost.
            for (I input : inputs) {
                sink.accept(task.apply(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        try {
            ArrayDeque<Future<O>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < inputs.size() || !inFlight.isEmpty()) {
                while (next < inputs.size() && inFlight.size() < window(threads)) {
                    I input = inputs.get(next++);
                    inFlight.add(pool.submit(() -> task.apply(input)));
                }
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for extraction", e);
        }
    }

    /** Daemon threads, so that a failing run never keeps the JVM alive. */
    private static ThreadFactory daemons() {
        return r -> {
            Thread t = new Thread(r, "yoy-worker-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
