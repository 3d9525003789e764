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
                "  ./yoy extract --corpus examples/mixed --format table",
                "  ./yoy extract --indicator political_prisoners --from 2020"})
final class ExtractCommand implements Callable<Integer> {

    enum Format { csv, table }

    private static final int QUOTE_WIDTH = 60;

    /** A web page's heading can be long; the table cites it, the CSV has it whole. */
    private static final int LOCATION_WIDTH = 36;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Mixin
    JobsOption jobs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (as in observations.csv) or table (aligned columns to read, with a location column when a"
                    + " figure has one: a PDF's page, a web page's heading; default: ${DEFAULT-VALUE}).")
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

    /** The figures; with a location column (a PDF's page, a web page's heading) when any figure has one. */
    private static TextTable table(RunResult run) {
        // Plain text has no locations: a corpus of .txt alone keeps its table as narrow as before.
        boolean located = run.observations().stream().anyMatch(o -> !o.source().location().isEmpty());
        List<String> head = new java.util.ArrayList<>(List.of("doc", "indicator", "measure", "year", "figure", "period", "quote"));
        if (located) {
            head.add(1, "location");
        }
        TextTable t = new TextTable(head);
        for (Observation o : run.observations()) {
            int decimals = run.indicators().find(o.indicator()).orElseThrow().decimals();
            List<String> row = new java.util.ArrayList<>(List.of(o.doc(), o.indicator(), o.measure(), Integer.toString(o.year()),
                    FigureText.of(o.interval(), decimals), o.period().label(), shorten(o.source().quote(), QUOTE_WIDTH)));
            if (located) {
                row.add(1, shorten(o.source().location(), LOCATION_WIDTH));
            }
            t.add(row);
        }
        return t;
    }

    private static String shorten(String text, int width) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
