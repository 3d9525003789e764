package yoy.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import yoy.change.YearOverYear;
import yoy.tables.TrendsCsv;
import yoy.tables.YoyCsv;

/** {@code yoy stats}: trend statistics or year-over-year changes on stdout; writes no files. */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Print statistics of the yearly series to stdout: the trend of each indicator and measure"
                + " (OLS, Mann-Kendall, Theil-Sen, growth rate; as in tables/trends.csv) or the change from each"
                + " year with a figure to the next (as in tables/yoy.csv). Writes no files.",
        footer = {"", "A statistic that cannot be computed (too few years, bounds only) is an empty cell, and the"
                        + " note column says why.",
                "", "Examples:",
                "  ./yoy stats --format table",
                "  ./yoy stats --what yoy --indicator political_prisoners > changes.csv",
                "  ./yoy stats --from 2015 --country Kazakhstan"})
final class StatsCommand implements Callable<Integer> {

    enum What { trends, yoy }

    enum Format { csv, table }

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Option(names = "--what", paramLabel = "WHAT", defaultValue = "trends",
            description = "trends (one row per indicator and measure) or yoy (one row per pair of years with"
                    + " figures; default: ${DEFAULT-VALUE}).")
    What what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv or table (aligned columns to read, long cells cut; default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Analysis analysis = Analysis.forCommand(spec, options.inputs());
        CsvText.print(spec.commandLine().getOut(), format == Format.table, w -> {
            if (what == What.yoy) {
                YoyCsv.write(w, analysis.series(), YearOverYear.of(analysis.series()));
            } else {
                TrendsCsv.write(w, analysis.series());
            }
        });
        Flags.messages(spec).note("yoy: " + what + " of " + Messages.count(analysis.series().size(), "indicator")
                + " from " + Messages.count(analysis.run().observations().size(), "observation"));
        return InputOptions.exitCode(analysis.run());
    }
}
