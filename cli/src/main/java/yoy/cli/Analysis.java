package yoy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import yoy.corpus.CorpusReader;
import yoy.curation.Decision;
import yoy.curation.Overrides;
import yoy.curation.OverridesReader;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.extract.RegexGuard;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.pipeline.RunResult;
import yoy.series.IndicatorSeries;
import yoy.series.SeriesBuilder;

/**
 * The steps every analysing command shares: corpus and indicators in, the filtered figures (after the
 * human decisions of an overrides file) and their yearly series out. Writes nothing.
 *
 * @param run the figures kept, after overrides
 * @param decisions what each override did (empty without an overrides file)
 */
record Analysis(RunResult run, List<Decision> decisions, List<IndicatorSeries> series) {

    /** {@code overrides} is null when no overrides file is given. */
    record Inputs(Path corpus, Path indicators, RunFilter filter, Path overrides) {
        Inputs {
            filter = filter == null ? RunFilter.all() : filter;
        }
    }

    Analysis {
        decisions = List.copyOf(decisions);
        series = List.copyOf(series);
    }

    /** Runs for a command: notices on its stderr (unless -q), and a progress bar when a person is watching. */
    static Analysis forCommand(CommandSpec spec, Inputs inputs) {
        Messages messages = Flags.messages(spec);
        try (ProgressBar bar = Flags.progress(spec)) {
            return of(inputs, messages::note, bar);
        }
    }

    /** Loads the indicators; a caller that must check something before reading the corpus loads them first. */
    static IndicatorSet indicators(Inputs inputs) {
        return IndicatorLoader.load(inputs.indicators());
    }

    static Analysis of(Inputs inputs, Consumer<String> notices, Pipeline.Progress progress) {
        return of(inputs, indicators(inputs), notices, progress);
    }

    static Analysis of(Inputs inputs, IndicatorSet indicators, Consumer<String> notices, Pipeline.Progress progress) {
        List<yoy.curation.Override> overrides = readOverrides(inputs.overrides());
        RunResult extracted = RegexGuard.reportingTo(notices, () -> new Pipeline(indicators, inputs.filter())
                .run(new CorpusReader(inputs.corpus(), notices), progress));
        Overrides.Result decided = Overrides.apply(overrides, extracted.observations());
        RunResult run = new RunResult(extracted.indicators(), extracted.documents(), decided.observations(),
                extracted.years());
        List<IndicatorSeries> series = new SeriesBuilder(run.indicators())
                .build(run.documents(), run.observations(), run.years());
        return new Analysis(run, decided.decisions(), series);
    }

    private static List<yoy.curation.Override> readOverrides(Path file) {
        if (file == null) {
            return List.of();
        }
        String name = PathNames.display(file);
        try {
            return new OverridesReader(name).read(Files.readString(file));
        } catch (IOException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "cannot read the overrides file (" + e.getMessage() + ")", "check the --overrides path"), e);
        }
    }
}
