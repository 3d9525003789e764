package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import yoy.error.ExitCode;

/** The command line's contract: exit codes, one-line errors on stderr, help and version on stdout. */
class MainTest {

    @TempDir
    Path tmp;

    @Test
    void versionIsPrintedFromTheBuild() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("yoy \\d+\\.\\d+\\.\\d+\\S*\\R"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpListsCommandsExamplesAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        for (String s : new String[] {"report", "extract", "-q", "-v", "Examples:", "./yoy report", "Exit codes:"}) {
            assertTrue(r.out().contains(s), "help mentions " + s);
        }
        for (ExitCode c : ExitCode.values()) {
            assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "%3d  %s", c.code(), c.meaning())),
                    "exit code " + c.code());
        }
    }

    @Test
    void eachCommandHasHelpWithItsOptionsAndExitCodes() {
        Cli.Result report = Cli.run("report", "--help");
        assertEquals(0, report.code());
        assertTrue(report.out().contains("--corpus=DIR") && report.out().contains("--out=DIR")
                && report.out().contains("Exit codes:"), report.out());
        Cli.Result extract = Cli.run("extract", "--help");
        assertEquals(0, extract.code());
        assertTrue(extract.out().contains("--format=FORMAT"), extract.out());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithAPointerToHelp() {
        Cli.Result r = Cli.run("report", "--bogus");
        assertEquals(2, r.code());
        assertEquals("yoy: Unknown option: '--bogus'\ntry 'yoy report --help'\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMisspeltCommandGetsASuggestion() {
        Cli.Result r = Cli.run("reprot");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("yoy: ") && r.err().contains("did you mean 'report'?"), r.err());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("yoy: missing command"), r.err());
    }

    @Test
    void aBadFormatIsAUsageError() {
        Cli.Result r = Cli.run("extract", "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format") && r.err().endsWith("try 'yoy extract --help'\n"), r.err());
    }

    @Test
    void aMissingIndicatorFileIsMissingInput() {
        Cli.Result r = Cli.run("report", "--indicators", tmp.resolve("nope.yaml").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(66, r.code());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().startsWith("yoy: ") && r.err().contains("nope.yaml"), r.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    @Test
    void anOutputPathThatIsAFileCannotBeWritten() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "keep me");
        Cli.Result r = Cli.run("report", "--corpus", Cli.SEEDS.toString(), "--indicators", Cli.indicators().toString(),
                "--out", file.toString());
        assertEquals(73, r.code());
        assertEquals(1, r.errLines(), r.err());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void aFolderNotWrittenByYoyIsNotReplaced() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(folder.resolve("notes.txt"), "keep me");
        Cli.Result r = Cli.run("report", "--corpus", Cli.SEEDS.toString(), "--indicators", Cli.indicators().toString(),
                "--out", folder.toString());
        assertEquals(73, r.code());
        assertTrue(r.err().contains("not written by yoy"), r.err());
        assertEquals("keep me", Files.readString(folder.resolve("notes.txt")));
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("kaboom");
        }
    }

    private static Cli.Result runWithBoom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        int code = Main.commandLine(new PrintWriter(out), errWriter, new Boom()).execute(args);
        errWriter.flush();
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExitCodeOne() {
        Cli.Result r = runWithBoom("boom");
        assertEquals(1, r.code());
        assertEquals("yoy: internal error: IllegalStateException: kaboom, rerun with -v to see where\n", r.err());
    }

    @Test
    void verboseShowsTheStackTrace() {
        Cli.Result r = runWithBoom("-v", "boom");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("yoy: internal error: IllegalStateException: kaboom\n"), r.err());
        assertTrue(r.err().contains("\tat yoy.cli.MainTest$Boom.call"), r.err());
    }

    static final List<String> COMMANDS = List.of("report", "extract", "explain", "validate", "series", "stats", "chart",
            "compare", "table", "synth", "bench");

    @Test
    void helpListsEveryCommandWithItsDescription() {
        Cli.Result r = Cli.run("--help");
        for (String name : COMMANDS) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+" + name + "\\s+\\S.*")), name + " in " + r.out());
        }
    }

    @Test
    void everyCommandsHelpHasADescriptionExamplesFiltersAndExitCodes() {
        for (String name : COMMANDS) {
            Cli.Result r = Cli.run(name, "--help");
            assertEquals(0, r.code(), name);
            assertEquals("", r.err(), name);
            assertTrue(r.out().startsWith("Usage: yoy " + name), r.out());
            for (String s : new String[] {"Example", "./yoy", "Exit codes:", " 73  cannot write output", "--from=YEAR",
                    "--to=YEAR", "--indicator=ID", "--country=NAME", "--version"}) {
                assertTrue(r.out().contains(s), name + " --help mentions " + s + ":\n" + r.out());
            }
            Cli.Result version = Cli.run(name, "--version");
            assertEquals(Cli.run("--version").out(), version.out(), name);
        }
    }

    @Test
    void theMissingCommandMessageNamesEveryCommand() {
        Cli.Result r = Cli.run("-q");
        assertEquals(2, r.code());
        assertEquals("yoy: missing command; give one of " + String.join(", ", COMMANDS) + "\ntry 'yoy --help'\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void theReadmeTableOfExitCodesIsExitCode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Exit codes"));
        List<String> rows = section.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).toList();
        assertEquals(ExitCode.values().length, rows.size(), section);
        for (int i = 0; i < rows.size(); i++) {
            ExitCode c = ExitCode.values()[i];
            assertTrue(rows.get(i).startsWith("| " + c.code() + " | " + c.meaning()), rows.get(i) + " vs " + c.meaning());
        }
    }

    @Test
    void theCommandTableUsesEachCommandsOwnName() {
        for (var e : Main.COMMANDS.entrySet()) {
            Object command = e.getValue().get();
            assertEquals(e.getKey(), command.getClass().getAnnotation(picocli.CommandLine.Command.class).name());
        }
        assertEquals(COMMANDS, List.copyOf(Main.COMMANDS.keySet()));
    }

    @Test
    void aNamedCommandIsBuiltAloneAndTheHelpListsThemAll() {
        var one = Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), List.of("-q", "series", "--format", "table"));
        assertEquals(List.of("series"), List.copyOf(one.getSubcommands().keySet()));
        Cli.Result help = Cli.run("--help");
        for (String name : COMMANDS) {
            assertTrue(help.out().contains("  " + name + " "), name + " in\n" + help.out());
        }
    }
}
