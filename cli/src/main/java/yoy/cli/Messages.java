package yoy.cli;

import java.io.PrintWriter;

/** Progress and notices for people, on stderr, one line each; silent under {@code -q}. */
final class Messages {

    private final PrintWriter err;
    private final boolean quiet;

    /** How the line about a report left out by --keep-going starts: an error about that report, not a notice. */
    static final String SKIPPED = "yoy: skipped ";

    Messages(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    /** {@code 1 indicator}, {@code 2 indicators}: a count with its noun. */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** A line for people; under {@code -q} only a skipped report's line ({@code yoy: skipped ...}) is shown. */
    void note(String line) {
        if (!quiet || line.startsWith(SKIPPED)) {
            err.print(line + "\n");
            err.flush();
        }
    }
}
