package yoy.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
        subcommands = {ReportCommand.class, ExtractCommand.class, ExplainCommand.class, ValidateCommand.class,
                SeriesCommand.class, StatsCommand.class, ChartCommand.class, CompareCommand.class,
                TableCommand.class, SynthCommand.class, BenchCommand.class},
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

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print no messages, only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
        System.exit(run(out, err, args));
    }

    /** Runs the command line with data going to {@code out} and messages to {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command line; {@code extraCommands} lets tests add commands that fail on purpose. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Object... extraCommands) {
        CommandLine cmd = new CommandLine(new Main());
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
