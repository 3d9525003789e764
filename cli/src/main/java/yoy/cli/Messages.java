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

    void note(String line) {
        if (!quiet) {
            err.print(line + "\n");
            err.flush();
        }
    }
}
