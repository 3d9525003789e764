package yoy.corpus;

import java.util.Locale;
import yoy.error.ExitCode;

/**
 * One problem found in a corpus: an error stops a run (with {@link #exitCode()}), a warning does not.
 * {@code message} is one line, {@code file:line:col: what is wrong; how to fix it}.
 */
public record CorpusProblem(Severity severity, ExitCode exitCode, String message) {

    public enum Severity { ERROR, WARNING }

    public CorpusProblem {
        if (severity == null || exitCode == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("severity, exit code and message are required");
        }
    }

    static CorpusProblem error(ExitCode code, String message) {
        return new CorpusProblem(Severity.ERROR, code, message);
    }

    static CorpusProblem warning(String message) {
        return new CorpusProblem(Severity.WARNING, ExitCode.OK, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code error: file:line:col: ...} or {@code warning: ...}. */
    @Override
    public String toString() {
        return severity.name().toLowerCase(Locale.ROOT) + ": " + message;
    }
}
