package yoy.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import yoy.error.ExitCode;

/** The {@code yoy} command: year-over-year indicator tables and charts from a folder of reports. */
@Command(name = "yoy",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Year-over-year indicators from human-rights reports: reads a folder of .txt reports, finds the"
                + " figures defined in an indicator file, and writes tables, charts and a manifest.",
        footer = {"", "Examples:",
                "  ./yoy report                      read seeds/, write reports-out/",
                "  ./yoy report --corpus my-reports --out my-out",
                "  ./yoy extract --format table      list every figure found",
                "  ./yoy explain political_prisoners how one indicator was read, and near misses",
                "  ./yoy validate                    check indicators.yaml and seeds/",
                "  ./yoy series --format table       the yearly series, gaps and all",
                "  ./yoy stats --what yoy            year-over-year changes (default: trends)",
                "  ./yoy chart political_prisoners --out prisoners.svg",
                "  ./yoy table protest_detentions    one indicator as a table to paste (md, csv, html)",
                "  ./yoy compare A B --out cmp.png   several indicators on one chart",
                "  ./yoy series --from 2018 --to 2024 --indicator political_prisoners",
                "  ./yoy stats --country Kazakhstan --format table",
                "  ./yoy synth --docs 300 --out synth-out --seed 1   a synthetic corpus with its ground truth",
                "  ./yoy report --help               options of one command"})
public final class Main implements Callable<Integer> {

    /**
     * The commands, by name, in help order. picocli builds a command from its annotations by reflection,
     * which costs a quarter of a second for all of them on a short run; so only the command asked for is
     * built, and all of them only for the top-level help or a name yoy does not know.
     */
    static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("report", ReportCommand::new);
        m.put("extract", ExtractCommand::new);
        m.put("explain", ExplainCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("series", SeriesCommand::new);
        m.put("stats", StatsCommand::new);
        m.put("chart", ChartCommand::new);
        m.put("compare", CompareCommand::new);
        m.put("table", TableCommand::new);
        m.put("synth", SynthCommand::new);
        m.put("bench", BenchCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print no messages, only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        warmUpInBackground();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(run(out, err, args));
    }

    /**
     * A short run spends most of its time loading and initialising code once. While picocli builds the
     * command on this thread, another core initialises what nearly every run needs next: number
     * formatting (locale data) and SHA-256. Nothing is computed that the run depends on.
     */
    private static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            String.format(Locale.ROOT, "%.1f %d %s", 1.5, 2, "x");
            try {
                java.security.MessageDigest.getInstance("SHA-256").digest(new byte[1]);
            } catch (java.security.NoSuchAlgorithmException e) {
                // reported where it matters
            }
        }, "yoy-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Runs the command line with data going to {@code out} and messages to {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine(out, err, List.of(args)).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command line with every command; {@code extraCommands} lets tests add failing ones. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Object... extraCommands) {
        return commandLine(out, err, List.of(), extraCommands);
    }

    /** The configured command line for {@code args}: the command they name, or all of them. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> args, Object... extraCommands) {
        CommandLine cmd = new CommandLine(new Main());
        String named = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (COMMANDS.containsKey(named)) {
            cmd.addSubcommand(named, COMMANDS.get(named).get());
        } else {
            COMMANDS.forEach((name, command) -> cmd.addSubcommand(name, command.get()));
        }
        for (Object extra : extraCommands) {
            cmd.addSubcommand(extra);
        }
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        appendExitCodes(cmd);
        return cmd;
    }

    /** Without a command there is nothing to do: a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.print("yoy: missing command; give one of " + String.join(", ", spec.subcommands().keySet())
                + "\ntry 'yoy --help'\n");
        return ExitCode.USAGE.code();
    }

    /** Adds the exit-code table, built from {@link ExitCode}, to the help of every command. */
    private static void appendExitCodes(CommandLine cmd) {
        List<String> footer = new ArrayList<>(List.of(cmd.getCommandSpec().usageMessage().footer()));
        footer.add("");
        footer.add("Exit codes:");
        for (ExitCode c : ExitCode.values()) {
            footer.add(String.format(Locale.ROOT, "  %3d  %s", c.code(), c.meaning()));
        }
        cmd.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            appendExitCodes(sub);
        }
    }
}
