package yoy.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yoy report}: writes observations, series, charts and a manifest into the output folder. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Read the corpus, find the indicators' figures and write tables, charts and a manifest."
                + " The output folder is replaced as a whole, only after every file was written.",
        footer = {"", "Writes into the output folder:",
                "  observations.csv   every figure found, with its quote and position",
                "  series.csv         one row per indicator, measure and year, with a status",
                "  tables/            series.csv, series-wide.csv, yoy.csv, datapackage.json",
                "                     (and decisions.csv with --overrides or --figures)",
                "  charts/            <id>.png, <id>@2x.png and <id>.svg per indicator, and",
                "                     <id>-yoy.png, <id>-yoy@2x.png, <id>-yoy.svg: change from the year before",
                "                     (always written; says so when no consecutive years have figures)",
                "  index.html         the report as one page: overview, charts, tables, quotes;",
                "                     self-contained (no scripts, no network requests)",
                "  manifest.json      inputs and outputs with sizes and SHA-256, counts",
                "", "Examples:",
                "  ./yoy report",
                "  ./yoy report --corpus my-reports --indicators my-indicators.yaml --out my-out",
                "  ./yoy report --from 2018 --to 2024 --indicator political_prisoners --country Kazakhstan"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    JobsOption jobs;

    @Mixin
    FilterOptions filters;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports-out",
            description = "Output folder, replaced as a whole (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    OverridesOption overrides;

    @Override
    public Integer call() {
        Messages messages = Flags.messages(spec);
        Report.Settings settings = new Report.Settings(input.corpus, input.indicators, out, overrides.overrides,
                overrides.figures, filters.toFilter(), jobs.count(), input.keepGoing);
        Report.Summary summary;
        try (ProgressBar bar = Flags.progress(spec)) {
            summary = Report.run(settings, messages::note, bar);
        }
        String folder = out.toString().endsWith("/") ? out.toString() : out + "/";
        messages.note("yoy: wrote " + folder + " (" + summary.observations() + " observations, "
                + summary.charts() + " charts" + (summary.skipped() == 0 ? "" : ", " + Messages.count(summary.skipped(),
                "report") + " skipped") + ")");
        return InputOptions.exitCode(summary.skipped());
    }
}
