package yoy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import yoy.curation.Decision;
import yoy.curation.CuratedFigures;
import yoy.curation.Decided;
import yoy.curation.FiguresReader;
import yoy.curation.OverridesReader;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.extract.RegexGuard;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.pipeline.Jobs;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.pipeline.RunResult;
import yoy.series.IndicatorSeries;
import yoy.series.SeriesBuilder;

/**
 * The steps every analysing command shares: corpus and indicators in, the filtered figures (after the
 * human decisions of an overrides file and a curated-figures file) and their yearly series out. Writes nothing.
 *
 * @param run the figures kept, after overrides, with the curated figures
 * @param curatedSources the sources curated figures cite (not corpus documents)
 * @param decisions every human decision taken (empty without overrides or curated figures)
 */
record Analysis(RunResult run, List<DocumentMeta> curatedSources, List<Decision> decisions,
                List<IndicatorSeries> series) {

    /** {@code overrides} and {@code figures} are null when no such file is given; {@code jobs}: extraction threads. */
    record Inputs(Path corpus, Path indicators, RunFilter filter, Path overrides, Path figures, int jobs,
            boolean keepGoing) {
        Inputs {
            filter = filter == null ? RunFilter.all() : filter;
        }

        Inputs(Path corpus, Path indicators, RunFilter filter, Path overrides, Path figures) {
            this(corpus, indicators, filter, overrides, figures, Jobs.all(), false);
        }
    }

    Analysis {
        curatedSources = List.copyOf(curatedSources);
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
        SeriesBuilder.warmUpInBackground();
        List<yoy.curation.Override> overrides = readOverrides(inputs.overrides());
        RunResult extracted = RegexGuard.reportingTo(notices, () -> new Pipeline(indicators, inputs.filter(), inputs.jobs())
                .run(InputOptions.reader(inputs.corpus(), inputs.keepGoing(), notices), progress));
        Decided decided = Decided.of(extracted, overrides, readFigures(inputs.figures(), extracted));
        RunResult run = decided.run();
        List<IndicatorSeries> series = new SeriesBuilder(run.indicators())
                .build(run.documents(), decided.curatedSources(), run.observations(), run.years());
        return new Analysis(run, decided.curatedSources(), decided.decisions(), series);
    }

    private static CuratedFigures readFigures(Path file, RunResult extracted) {
        if (file == null) {
            return CuratedFigures.NONE;
        }
        String name = PathNames.display(file);
        Set<String> corpusFiles = new HashSet<>();
        extracted.documents().forEach(d -> corpusFiles.add(d.file()));
        try {
            return new FiguresReader(name, extracted.indicators(), corpusFiles)
                    .read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "cannot read the figures file (" + e.getMessage() + ")", "check the --figures path"), e);
        }
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
