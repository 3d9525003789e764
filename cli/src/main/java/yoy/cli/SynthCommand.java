package yoy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import yoy.corpus.CorpusReader;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.extract.RegexGuard;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.output.OutputDir;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.pipeline.RunResult;
import yoy.synth.SynthCorpus;
import yoy.synth.TruthComparison;
import yoy.synth.TruthCsv;
import yoy.synth.TruthRow;

/**
 * {@code yoy synth}: writes a synthetic corpus with its ground truth, and with {@code --check} scores
 * extraction on a corpus against its {@code truth.csv}.
 */
@Command(name = "synth",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Write a synthetic corpus of invented reports: --docs .txt reports (about 50 KB each), their"
                + " manifest.yaml and truth.csv, every figure the reports state, in the columns of observations.csv."
                + " The same --seed writes byte-identical files.",
            "With --check, extract the corpus in --out (after writing it, when --docs is given) and print precision"
                + " and recall against truth.csv: a figure matches on doc, indicator, measure, year, value, low, high"
                + " and qualifier, one to one."},
        footer = {"", "Examples:",
                "  ./yoy synth --docs 300 --out synth-out --seed 1           write 300 reports (~14 MB)",
                "  ./yoy synth --docs 10000 --out /tmp/synth10k --seed 1 --check",
                "  ./yoy synth --check --out /tmp/synth10k                  score an existing synthetic corpus",
                "  ./yoy synth --check --out /tmp/synth10k --indicator political_prisoners --from 2020",
                "", "Filters: --indicator narrows the indicators written and scored; --from/--to and --country"
                        + " narrow only what --check scores.",
                "  ./yoy report --corpus synth-out --out synth-report       use it like any corpus"})
final class SynthCommand implements Callable<Integer> {

    private static final int SAMPLES = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", description = "Number of reports to write (1 to 1,000,000).")
    Integer docs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "synth-out",
            description = "Folder of the corpus; replaced as a whole, and only if it is empty or was written by"
                    + " 'yoy synth' (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--indicators", paramLabel = "FILE", defaultValue = "indicators.yaml",
            description = "Indicator definitions whose indicators the reports state (default: ${DEFAULT-VALUE}).")
    Path indicators;

    @Mixin
    FilterOptions filters;

    @Option(names = "--check", description = "Extract the corpus in --out and compare with its truth.csv.")
    boolean check;

    @Override
    public Integer call() {
        Messages messages = Flags.messages(spec);
        if (docs == null && !check) {
            throw usage("give --docs N to write a corpus, or --check to score the one in --out");
        }
        if (docs != null && (docs < 1 || docs > SynthCorpus.MAX_DOCS)) {
            throw usage("--docs must be between 1 and " + SynthCorpus.MAX_DOCS + ", got " + docs);
        }
        RunFilter filter = filters.toFilter();
        // Only --indicator shapes what is written; years and countries narrow what --check scores.
        IndicatorSet set = new RunFilter(filter.indicators(), filter.years()).select(IndicatorLoader.load(indicators));
        if (docs != null) {
            write(set, messages);
        }
        if (check) {
            check(set, filter, messages);
        }
        return ExitCode.OK.code();
    }

    private void write(IndicatorSet set, Messages messages) {
        long started = System.nanoTime();
        SynthCorpus.Summary s;
        try (OutputDir dir = OutputDir.stage(out, SynthCorpus.TRUTH, messages::note)) {
            s = new SynthCorpus(set).write(dir.root(), docs, seed, messages::note);
            dir.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        messages.note(String.format(Locale.ROOT, "yoy: wrote %d reports (%.1f MB, %d figures) to %s in %.1f s (%.1f MB/s)",
                s.documents(), s.bytes() / 1e6, s.figures(), PathNames.display(out), seconds, s.bytes() / 1e6 / seconds));
    }

    private void check(IndicatorSet set, RunFilter filter, Messages messages) {
        Path truthFile = out.resolve(SynthCorpus.TRUTH);
        String name = PathNames.child(PathNames.display(out), SynthCorpus.TRUTH);
        List<TruthRow> truth;
        try (Reader in = Files.newBufferedReader(truthFile, StandardCharsets.UTF_8)) {
            truth = TruthCsv.read(in, name);
        } catch (NoSuchFileException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0, "no ground truth here",
                    "point --out at a folder written by 'yoy synth', or write one with --docs N"), e);
        } catch (IOException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "cannot read the ground truth (" + e.getMessage() + ")", "check the file's permissions"), e);
        } catch (IllegalArgumentException e) {
            throw new YoyException(ExitCode.DATA, e.getMessage() + "; write the corpus again with 'yoy synth'", e);
        }
        long started = System.nanoTime();
        RunResult run = RegexGuard.reportingTo(messages::note,
                () -> new Pipeline(set, filter).run(new CorpusReader(out, messages::note)));
        truth = kept(truth, run, filter);
        double seconds = (System.nanoTime() - started) / 1e9;
        TruthComparison.Result r = TruthComparison.compare(truth, run.observations());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(String.format(Locale.ROOT, "%d reports: %s%n", run.documents().size(), r.summary()));
        r.missed().stream().limit(SAMPLES).forEach(m -> stdout.print("  missed   " + m + "\n"));
        r.spurious().stream().limit(SAMPLES).forEach(m -> stdout.print("  spurious " + m + "\n"));
        stdout.flush();
        messages.note(String.format(Locale.ROOT, "yoy: extracted %d reports in %.1f s", run.documents().size(), seconds));
    }

    /** The truth rows the filtered run could find: its indicators, documents and years. */
    private static List<TruthRow> kept(List<TruthRow> truth, RunResult run, RunFilter filter) {
        Set<String> ids = Set.copyOf(run.indicators().ids());
        Set<String> docs = new HashSet<>();
        run.documents().forEach(d -> docs.add(d.file()));
        return truth.stream().filter(t -> ids.contains(t.indicator()) && docs.contains(t.doc())
                && filter.years().contains(t.year())).toList();
    }

    private static YoyException usage(String what) {
        return new YoyException(ExitCode.USAGE, "synth: " + what + "; try 'yoy synth --help'");
    }
}
