package yoy.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** The global flags (-q, -v), which may be given before or after the command name. */
final class Flags {

    private Flags() {
    }

    static boolean matched(ParseResult result, String name) {
        for (ParseResult p = result; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(name)) {
                return true;
            }
        }
        return false;
    }

    /** Where a command's messages go: stderr, or nowhere under {@code -q}. */
    static Messages messages(CommandSpec spec) {
        ParseResult root = spec.root().commandLine().getParseResult();
        PrintWriter err = spec.commandLine().getErr();
        return new Messages(err, matched(root, "--quiet"));
    }

    /** A progress bar on the command's stderr, drawn only when stderr is a terminal and not under {@code -q}. */
    static ProgressBar progress(CommandSpec spec) {
        ParseResult root = spec.root().commandLine().getParseResult();
        return ProgressBar.onStderr(spec.commandLine().getErr(), matched(root, "--quiet"));
    }
}
