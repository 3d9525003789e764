package yoy.cli;

import java.io.PrintWriter;

/** Progress and notices for people, on stderr, one line each; silent under {@code -q}. */
final class Messages {

    private final PrintWriter err;
    private final boolean quiet;

    Messages(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    /** {@code 1 indicator}, {@code 2 indicators}: a count with its noun. */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    void note(String line) {
        if (!quiet) {
            err.print(line + "\n");
            err.flush();
        }
    }
}
