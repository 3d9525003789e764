package yoy.error;

/**
 * A failure the user can act on. Its message is one line: {@code where: what is wrong; how to fix it},
 * where {@code where} is {@code file:line:col} when a location exists. The CLI prints it without a
 * stack trace and exits with {@link #exitCode()}.
 */
public class YoyException extends RuntimeException {

    private final ExitCode exitCode;

    public YoyException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public YoyException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** Formats {@code file:line:col: problem; fix}, leaving out the parts that are unknown (line or col below 1). */
    public static String at(String file, int line, int col, String problem, String fix) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (col > 0) {
                sb.append(':').append(col);
            }
        }
        sb.append(": ").append(problem);
        if (fix != null && !fix.isEmpty()) {
            sb.append("; ").append(fix);
        }
        return sb.toString();
    }
}
