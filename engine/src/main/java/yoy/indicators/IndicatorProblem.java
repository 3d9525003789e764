package yoy.indicators;

import yoy.error.ExitCode;

/**
 * One thing wrong with an indicator file. {@code message} is one line, {@code file:line:col: what is
 * wrong; how to fix it}; {@code exitCode} is 65 for a bad definition and 66 when the file is missing.
 */
public record IndicatorProblem(ExitCode exitCode, String message) {

    public IndicatorProblem {
        if (exitCode == null || exitCode == ExitCode.OK || message == null || message.isBlank()) {
            throw new IllegalArgumentException("an exit code other than OK and a message are required");
        }
    }
}
