package yoy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Runs the command line in-process with captured stdout and stderr. */
final class Cli {

    /** The seed corpus of the repository (tests run in the cli module folder). */
    static final Path SEEDS = Path.of("..", "seeds");

    record Result(int code, String out, String err) {
        long errLines() {
            return err.lines().count();
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static Path indicators() {
        try {
            return Path.of(Cli.class.getResource("/fixtures/indicators.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
