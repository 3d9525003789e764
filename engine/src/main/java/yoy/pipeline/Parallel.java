package yoy.pipeline;

import java.util.List;
import java.util.function.Consumer;
import yoy.concurrent.InOrder;

/**
 * Independent steps (writing one file each, say) run on several threads. A failure is the first
 * failing step in list order, whatever the timing, exactly as on one thread (see {@link InOrder}).
 */
public final class Parallel {

    private Parallel() {
    }

    public static <T> void forEach(List<T> items, int threads, Consumer<T> step) {
        InOrder.run(items, threads, item -> {
            step.accept(item);
            return item;
        }, done -> { });
    }
}
