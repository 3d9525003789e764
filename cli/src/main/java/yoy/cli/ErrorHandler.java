package yoy.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Turns a failure while running a command into one line on stderr and an exit code: the user's error
 * with its own code, anything else as an internal error (1). Stack traces only under {@code -v}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = Flags.matched(parsed, "--verbose");
        int code;
        if (ex instanceof YoyException y) {
            err.print("yoy: " + oneLine(y.getMessage()) + "\n");
            code = y.exitCode().code();
        } else {
            String what = ex.getMessage() == null ? ex.getClass().getName() : ex.getClass().getSimpleName() + ": " + ex.getMessage();
            err.print("yoy: internal error: " + oneLine(what) + (verbose ? "" : ", rerun with -v to see where") + "\n");
            code = ExitCode.INTERNAL.code();
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
