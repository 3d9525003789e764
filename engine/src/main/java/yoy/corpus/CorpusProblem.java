package yoy.corpus;

import java.util.Locale;
import yoy.error.ExitCode;

/**
 * One problem found in a corpus: an error stops a run (with {@link #exitCode()}), a warning does not.
 * {@code message} is one line, {@code file:line:col: what is wrong; how to fix it}. {@code report} names the one
 * report the problem is about (an unreadable or undated file), so that a run told to keep going can skip that
 * report alone; it is empty for a problem of the whole corpus (a missing folder, a bad manifest).
 */
public record CorpusProblem(Severity severity, ExitCode exitCode, String message, String report) {

    public enum Severity { ERROR, WARNING }

    public CorpusProblem {
        if (severity == null || exitCode == null || message == null || message.isBlank()) {
            throw new IllegalArgumentException("severity, exit code and message are required");
        }
        report = report == null ? "" : report;
    }

    static CorpusProblem error(ExitCode code, String message) {
        return new CorpusProblem(Severity.ERROR, code, message, "");
    }

    /** An error that makes one report unreadable, not the corpus. */
    static CorpusProblem errorIn(String report, ExitCode code, String message) {
        return new CorpusProblem(Severity.ERROR, code, message, report);
    }

    static CorpusProblem warning(String message) {
        return new CorpusProblem(Severity.WARNING, ExitCode.OK, message, "");
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
