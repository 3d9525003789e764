package yoy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.extract.RegexGuard;
import yoy.html.HtmlTable;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.pipeline.RunResult;
import yoy.series.IndicatorSeries;
import yoy.series.SeriesBuilder;
import yoy.tables.MarkdownTable;
import yoy.tables.WriterTable;
import yoy.tables.WriterTableCsv;

/** {@code yoy table}: one indicator as a table for report writers, on stdout; writes no files. */
@Command(name = "table",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Print one indicator as a table ready to paste into a report: one row per year of the span"
                + " (gaps included), one column per measure, figures as a writer quotes them (154, ≥154, >50,"
                + " about 30, 10–15) with footnote marks for part-year figures and conflicting reports."
                + " Writes no files.",
        footer = {"", "Cells:",
                "  –       no report covers the year",
                "  n.r.    not reported: a report covers the year but gives no figure",
                "  ¹ ² …   footnotes: under the table (md, html), in the notes column (csv)",
                "Markdown and HTML end with the footnotes, this legend and a source line naming the publishers.",
                "", "Examples:",
                "  ./yoy table protest_detentions                  Markdown",
                "  ./yoy table protest_detentions --format csv > detentions.csv",
                "  ./yoy table political_prisoners --format html --from 2018 --to 2024"})
final class TableCommand implements Callable<Integer> {

    enum Format { md, csv, html }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INDICATOR", description = "Id of the indicator, as in the indicator file.")
    String indicator;

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (Markdown), csv or html (a fragment to paste; default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Messages messages = Flags.messages(spec);
        RunFilter given = filters.toFilter();
        if (!given.indicators().isEmpty() && !given.indicators().equals(Set.of(indicator))) {
            throw new YoyException(ExitCode.USAGE, "--indicator does not match the table's indicator '" + indicator
                    + "'; a table shows one indicator: leave out --indicator");
        }
        IndicatorSet set = IndicatorLoader.load(input.indicators);
        Pipeline pipeline = new Pipeline(set, new RunFilter(Set.of(indicator), given.years(), given.countries()));
        RunResult run = RegexGuard.reportingTo(messages::note,
                () -> pipeline.run(input.reader(messages::note)));
        List<IndicatorSeries> series = new SeriesBuilder(run.indicators())
                .build(run.documents(), run.observations(), run.years());
        IndicatorSeries s = series.stream().filter(x -> x.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new YoyException(ExitCode.NO_INPUT, PathNames.display(input.corpus)
                        + ": no report covers a year and no figure was found; give --from and --to for an empty span"));
        WriterTable table = WriterTable.of(s);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case md -> MarkdownTable.write(out, table);
            case csv -> WriterTableCsv.write(out, table);
            case html -> out.write(HtmlTable.render(table));
        }
        out.flush();
        messages.note("yoy: " + indicator + ": " + table.rows().size() + " years, " + run.observations().size()
                + " figures from " + run.documents().size() + " reports");
        return InputOptions.exitCode(run);
    }
}
