package yoy.corpus.format;

/**
 * Counts the nodes a reader visits, so that tests can check that the work grows linearly with the page
 * instead of timing it.
 */
final class Work {

    private long steps;

    void tick() {
        steps++;
    }

    long steps() {
        return steps;
    }
}
