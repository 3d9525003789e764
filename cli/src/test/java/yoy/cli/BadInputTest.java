package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reading command answers each bad input the same way: one line on stderr naming the problem, the
 * documented exit code, nothing on stdout, and no file written.
 */
class BadInputTest {

    @TempDir
    static Path tmp;

    /** A command with the arguments it needs besides the inputs and filters under test. */
    record Command(String name, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Command> commands() {
        return Stream.of(
                new Command("report", List.of("report", "--out", tmp.resolve("out").toString())),
                new Command("extract", List.of("extract")),
                new Command("explain", List.of("explain", "political_prisoners")),
                new Command("series", List.of("series")),
                new Command("stats", List.of("stats")),
                new Command("chart", List.of("chart", "political_prisoners", "--out", tmp.resolve("c.svg").toString())));
    }

    /** A case: the extra arguments, the exit code and a piece of the message. */
    record Case(String what, List<String> args, int code, String mentions) {
    }

    static Stream<Arguments> cases() throws IOException {
        Files.createDirectories(tmp);
        Path malformed = Files.writeString(tmp.resolve("malformed.yaml"), "indicators:\n  - id: x\n    bogus: 1\n");
        String real = SeriesCommandTest.REAL_INDICATORS;
        List<Case> cases = List.of(
                new Case("missing corpus", List.of("--corpus", tmp.resolve("no-such-dir").toString(), "--indicators", real),
                        66, "no-such-dir"),
                new Case("malformed indicators", List.of("--indicators", malformed.toString()), 65, "unknown key 'bogus'"),
                new Case("missing indicators", List.of("--indicators", tmp.resolve("none.yaml").toString()), 66, "none.yaml"),
                new Case("unknown indicator", List.of("--indicators", real, "--indicator", "nope"), 2, "nope"),
                new Case("unknown country", List.of("--indicators", real, "--country", "Narnia"), 2, "narnia"),
                new Case("reversed years", List.of("--indicators", real, "--from", "2024", "--to", "2020"), 2,
                        "--from 2024 is after --to 2020"),
                new Case("implausible year", List.of("--indicators", real, "--to", "99"), 2, "--to 99"),
                new Case("unknown option", List.of("--bogus"), 2, "Unknown option: '--bogus'"));
        List<Arguments> all = new ArrayList<>();
        commands().forEach(c -> cases.forEach(k -> all.add(Arguments.of(c, k.what(), k))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void oneLineAndTheDocumentedCode(Command command, String what, Case k) {
        List<String> args = new ArrayList<>(command.args());
        if (!k.args().contains("--corpus")) {
            args.addAll(List.of("--corpus", Cli.SEEDS.toString()));
        }
        args.addAll(k.args());
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(k.code(), r.code(), r.err());
        assertTrue(r.err().startsWith("yoy: "), r.err());
        assertTrue(r.err().contains(k.mentions()), r.err());
        // A usage error adds a pointer to help; anything else is exactly one line.
        assertEquals(r.err().contains("\ntry '") ? 2 : 1, r.errLines(), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(tmp.resolve("out")) || Files.exists(tmp.resolve("c.svg")), "nothing written");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatted")
    void aBadFormatIsAUsageError(String command) {
        Cli.Result r = Cli.run(command, "--corpus", Cli.SEEDS.toString(), "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("yoy: Invalid value for option '--format'"), r.err());
        assertTrue(r.err().contains("try 'yoy " + command + " --help'"), r.err());
        assertEquals("", r.out());
    }

    static Stream<String> formatted() {
        return Stream.of("extract", "series", "stats");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void verboseAddsTheStackTrace(Command command) {
        List<String> args = new ArrayList<>(List.of("-v"));
        args.addAll(command.args());
        args.addAll(List.of("--corpus", tmp.resolve("no-such-dir").toString(), "--indicators",
                SeriesCommandTest.REAL_INDICATORS));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(66, r.code());
        assertTrue(r.err().startsWith("yoy: ") && r.err().contains("\tat "), r.err());
    }
}
