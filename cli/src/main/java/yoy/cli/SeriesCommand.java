package yoy.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import yoy.tables.SeriesCsv;
import yoy.tables.SeriesWideCsv;

/** {@code yoy series}: the yearly series (the rows of series.csv) on stdout; writes no files. */
@Command(name = "series",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Print the yearly series to stdout: one row per indicator, measure and year with its status"
                + " (the rows of series.csv), or one row per indicator and measure with a column per year. Writes no files.",
        footer = {"", "A year without a figure has empty figure cells and a status (not_reported, no_report): never 0.",
                "", "Examples:",
                "  ./yoy series > series.csv",
                "  ./yoy series --format table --indicator political_prisoners",
                "  ./yoy series --format wide --from 2018 --to 2024",
                "  ./yoy series --overrides decisions.yaml"})
final class SeriesCommand implements Callable<Integer> {

    enum Format { csv, table, wide }

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (long, as in series.csv), table (the same, aligned to read) or wide (a column per"
                    + " year, as in tables/series-wide.csv; default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Analysis analysis = Analysis.forCommand(spec, options.inputs());
        CsvText.print(spec.commandLine().getOut(), format == Format.table, w -> {
            if (format == Format.wide) {
                SeriesWideCsv.write(w, analysis.series());
            } else {
                SeriesCsv.write(w, analysis.series());
            }
        });
        Flags.messages(spec).note("yoy: " + Messages.count(analysis.series().size(), "indicator") + ", "
                + Messages.count(analysis.run().observations().size(), "observation") + " in "
                + Messages.count(analysis.run().documents().size(), "document"));
        return InputOptions.exitCode(analysis.run());
    }
}
