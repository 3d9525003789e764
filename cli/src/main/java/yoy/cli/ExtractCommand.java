package yoy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import yoy.extract.RegexGuard;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.Observation;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunResult;
import yoy.tables.FigureText;
import yoy.tables.ObservationsCsv;
import yoy.tables.TextTable;

/** {@code yoy extract}: prints the figures found, as CSV or as a table for reading; writes no files. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Print every figure found in the corpus to stdout (the rows of observations.csv). Writes no files.",
        footer = {"", "Examples:",
                "  ./yoy extract > observations.csv",
                "  ./yoy extract --format table",
                "  ./yoy extract --indicator political_prisoners --from 2020"})
final class ExtractCommand implements Callable<Integer> {

    enum Format { csv, table }

    private static final int QUOTE_WIDTH = 60;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Mixin
    JobsOption jobs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (as in observations.csv) or table (aligned columns to read; default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Messages messages = Flags.messages(spec);
        IndicatorSet set = IndicatorLoader.load(input.indicators);
        RunResult run;
        try (ProgressBar bar = Flags.progress(spec)) {
            run = RegexGuard.reportingTo(messages::note,
                    () -> new Pipeline(set, filters.toFilter(), jobs.count()).run(input.reader(messages::note), bar));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            ObservationsCsv.write(out, run.observations(), run.indicators());
        } else {
            table(run).print(out);
        }
        out.flush();
        messages.note("yoy: " + run.observations().size() + " observations in " + run.documents().size() + " documents");
        return InputOptions.exitCode(run);
    }

    private static TextTable table(RunResult run) {
        TextTable t = new TextTable(List.of("doc", "indicator", "measure", "year", "figure", "period", "quote"));
        for (Observation o : run.observations()) {
            int decimals = run.indicators().find(o.indicator()).orElseThrow().decimals();
            t.add(List.of(o.doc(), o.indicator(), o.measure(), Integer.toString(o.year()),
                    FigureText.of(o.interval(), decimals), o.period().label(), shorten(o.source().quote())));
        }
        return t;
    }

    private static String shorten(String quote) {
        String flat = quote.strip().replaceAll("\\s+", " ");
        return flat.length() <= QUOTE_WIDTH ? flat : flat.substring(0, QUOTE_WIDTH - 1) + "…";
    }
}
