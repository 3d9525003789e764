package yoy.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
                "  ./yoy explain political_prisoners --corpus my-reports"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Parameters(index = "0", paramLabel = "INDICATOR", description = "Indicator id, as in the indicator file.")
    String indicatorId;

    private record Line(String doc, int start, String text) {
    }

    @Override
    public Integer call() {
        Messages messages = Flags.messages(spec);
        IndicatorSet set = IndicatorLoader.load(input.indicators);
        Indicator indicator = set.find(indicatorId).orElseThrow(() -> new YoyException(ExitCode.USAGE,
                "unknown indicator '" + indicatorId + "'; use one of " + String.join(", ", set.ids())));
        CorpusReader corpus = new CorpusReader(input.corpus, messages::note);
        Extractor extractor = new Extractor(set);
        List<Line> figures = new ArrayList<>();
        List<Line> misses = new ArrayList<>();
        for (DocumentMeta meta : corpus.documents()) {
            Document doc = corpus.read(meta);
            extractor.run(doc, new Extractor.Trace() {
                @Override
                public void accepted(Observation o, String rule, String dating) {
                    if (o.indicator().equals(indicatorId)) {
                        String head = String.format(Locale.ROOT, "%s  %d  %s  %s  %s", o.doc(), o.year(),
                                FigureText.of(o.interval(), indicator.decimals()), o.period().label(), rule);
                        figures.add(new Line(o.doc(), o.numberStart(), head + "\n    year: " + dating + "\n    "
                                + marked(doc.text(), o.source().start(), o.source().end(), o.numberStart(), o.numberEnd())));
                    }
                }

                @Override
                public void rejected(String id, Document d, Sentence s, int numberStart, int numberEnd, String reason) {
                    if (indicatorId.equals(id)) {
                        misses.add(new Line(d.file(), numberStart, d.file() + "  " + reason + "\n    "
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
        out.print(indicator.id() + ": " + indicator.title() + " (" + indicator.unit() + ")\n\n");
        section(out, "Figures", figures);
        section(out, "Near misses", misses);
        return 0;
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
