package yoy.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The last few converted files, so that a book is converted once for the listing of its chapters and once for
 * all of them, not once per chapter: chapters are read one after another (they sort together), on one thread or
 * several. A file being converted by one thread is waited for by another that needs it, not converted twice.
 */
final class ConvertedCache {

    /** Enough for every thread's current book, and small: a converted book holds a few megabytes of text. */
    private static final int ENTRIES = 8;

    private final Map<String, FutureTask<ConvertedFile>> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FutureTask<ConvertedFile>> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The conversion of {@code file}, made by {@code convert} unless it is held; its failure is thrown as made. */
    ConvertedFile get(String file, Supplier<ConvertedFile> convert) {
        FutureTask<ConvertedFile> task;
        boolean mine = false;
        synchronized (entries) {
            task = entries.get(file);
            if (task == null) {
                task = new FutureTask<>(convert::get);
                entries.put(file, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting " + file, e);
        } catch (ExecutionException e) {
            synchronized (entries) {
                entries.remove(file, task); // a failure is not kept: the next read tries again and says why again
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
