package yoy.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import yoy.error.ExitCode;

/** Bad options or arguments: picocli's one-line reason, a pointer to the command's help, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String line = ErrorHandler.oneLine(ex.getMessage());
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                line += "; did you mean '" + suggestions.get(0) + "'?";
            }
        }
        err.print("yoy: " + line + "\n");
        err.print("try '" + cmd.getCommandSpec().qualifiedName() + " --help'\n");
        err.flush();
        return ExitCode.USAGE.code();
    }
}
