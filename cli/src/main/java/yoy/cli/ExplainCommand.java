package yoy.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yoy.corpus.CorpusReader;
import yoy.corpus.Document;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.extract.Extractor;
import yoy.extract.Sentence;
import yoy.indicators.Indicator;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Observation;
import yoy.pipeline.RunFilter;
import yoy.tables.FigureText;

/**
 * {@code yoy explain <indicator>}: every figure found for one indicator with the rule, cues and dating
 * that produced it, then the near misses (numbers in clauses with the indicator's cues that were
 * refused) with the reason. The tool for tuning indicators.yaml.
 */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Show how one indicator's figures were found, and which numbers near its cues were refused and why.",
        footer = {"", "The number in each quote is marked [[like this]].", "", "Examples:",
                "  ./yoy explain protest_permits_denied",
                "  ./yoy explain political_prisoners --corpus my-reports",
                "  ./yoy explain --indicator protest_deaths --indicator protest_detentions --from 2020"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INDICATOR",
            description = "Indicator id, as in the indicator file (or give one or more with --indicator).")
    String indicatorId;

    private record Line(String doc, int start, String text) {
    }

    /** What one explained indicator collects while the corpus is read. */
    private record Findings(Indicator indicator, List<Line> figures, List<Line> misses) {
        Findings(Indicator indicator) {
            this(indicator, new ArrayList<>(), new ArrayList<>());
        }
    }

    @Override
    public Integer call() {
        Messages messages = Flags.messages(spec);
        RunFilter filter = filters.toFilter();
        if (indicatorId == null && filter.indicators().isEmpty()) {
            throw new YoyException(ExitCode.USAGE, "missing INDICATOR; give an indicator id, e.g."
                    + " 'yoy explain political_prisoners', or one or more --indicator options");
        }
        IndicatorSet set = IndicatorLoader.load(input.indicators);
        Map<String, Findings> wanted = wanted(set, filter);
        CorpusReader corpus = input.reader(messages::note);
        Extractor extractor = new Extractor(set);
        for (DocumentMeta meta : filter.selectDocuments(corpus.documents())) {
            Document doc = corpus.read(meta);
            extractor.run(doc, new Extractor.Trace() {
                @Override
                public void accepted(Observation o, String rule, String dating) {
                    Findings f = wanted.get(o.indicator());
                    if (f != null && filter.years().contains(o.year())) {
                        String head = String.format(Locale.ROOT, "%s  %d  %s  %s  %s", o.doc(), o.year(),
                                FigureText.of(o.interval(), f.indicator().decimals()), o.period().label(), rule);
                        f.figures().add(new Line(o.doc(), o.numberStart(), head + "\n    year: " + dating + "\n    "
                                + marked(doc.text(), o.source().start(), o.source().end(), o.numberStart(), o.numberEnd())));
                    }
                }

                @Override
                public void rejected(String id, Document d, Sentence s, int numberStart, int numberEnd, String reason) {
                    Findings f = wanted.get(id);
                    if (f != null) {
                        f.misses().add(new Line(d.file(), numberStart, d.file() + "  " + reason + "\n    "
                                + marked(d.text(), s.start(), s.end(), numberStart, numberEnd)));
                    }
                }

                @Override
                public boolean wantsNearMisses() {
                    return true;
                }
            });
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Findings f : wanted.values()) {
            Indicator indicator = f.indicator();
            out.print(indicator.id() + ": " + indicator.title() + " (" + indicator.unit() + ")\n\n");
            section(out, "Figures", f.figures());
            section(out, "Near misses", f.misses());
        }
        return InputOptions.exitCode(corpus.skipped().size());
    }

    /** The indicators to explain, in the order of the indicator file: the argument and any --indicator. */
    private Map<String, Findings> wanted(IndicatorSet set, RunFilter filter) {
        Set<String> ids = new TreeSet<>(filter.indicators());
        if (indicatorId != null) {
            ids.add(indicatorId);
        }
        IndicatorSet selected = new RunFilter(ids, filter.years(), filter.countries()).select(set);
        Map<String, Findings> wanted = new LinkedHashMap<>();
        for (Indicator i : selected.indicators()) {
            wanted.put(i.id(), new Findings(i));
        }
        return wanted;
    }

    private static void section(PrintWriter out, String title, List<Line> lines) {
        out.print(title + " (" + lines.size() + ")\n");
        for (Line l : lines) {
            out.print("  " + l.text() + "\n");
        }
        out.print("\n");
    }

    /** The quote on one line, with the number marked [[...]]. */
    static String marked(String text, int start, int end, int numberStart, int numberEnd) {
        String quote = text.substring(start, numberStart) + "[[" + text.substring(numberStart, numberEnd) + "]]"
                + text.substring(numberEnd, end);
        return "\"" + quote.replaceAll("\\s+", " ") + "\"";
    }
}
