package yoy.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import yoy.corpus.CorpusReader;
import yoy.charts.ChartRenderer;
import yoy.charts.YoyChartRenderer;
import yoy.indicators.IndicatorSet;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.model.DocumentMeta;
import yoy.output.OutputDir;
import yoy.pipeline.Jobs;
import yoy.pipeline.Parallel;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.pipeline.RunResult;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;
import yoy.change.YearOverYear;
import yoy.tables.DecisionsCsv;
import yoy.tables.DataPackage;
import yoy.tables.FileEntry;
import yoy.tables.Manifest;
import yoy.tables.ManifestWriter;
import yoy.tables.ObservationsCsv;
import yoy.tables.SeriesCsv;
import yoy.tables.TrendsCsv;
import yoy.tables.SeriesWideCsv;
import yoy.tables.TableSchemas;
import yoy.tables.YoyCsv;

/**
 * The {@code report} use case: indicators and corpus in, a complete {@code reports-out/} folder out,
 * written in a staging folder and swapped in only when every file is written.
 */
final class Report {

    static final String MANIFEST = "manifest.json";
    static final String CORPUS_MANIFEST = "manifest.yaml";

    /** {@code overrides} and {@code figures} are null when no such file is given; {@code jobs}: extraction threads. */
    record Settings(Path corpus, Path indicators, Path out, Path overrides, Path figures, RunFilter filter, int jobs,
            boolean keepGoing) {
        Settings {
            filter = filter == null ? RunFilter.all() : filter;
        }

        Settings(Path corpus, Path indicators, Path out, Path overrides, Path figures, RunFilter filter) {
            this(corpus, indicators, out, overrides, figures, filter, Jobs.all(), false);
        }

        Settings(Path corpus, Path indicators, Path out) {
            this(corpus, indicators, out, null, null, RunFilter.all());
        }

        boolean hasDecisions() {
            return overrides != null || figures != null;
        }
    }

    /** {@code skipped}: reports left out as unreadable (--keep-going). */
    record Summary(int observations, int charts, int skipped) {
    }

    private Report() {
    }

    static Summary run(Settings settings, Consumer<String> notices) {
        return run(settings, notices, Pipeline.Progress.NONE);
    }

    static Summary run(Settings settings, Consumer<String> notices, Pipeline.Progress progress) {
        Analysis.Inputs inputs = new Analysis.Inputs(settings.corpus(), settings.indicators(), settings.filter(),
                settings.overrides(), settings.figures(), settings.jobs(), settings.keepGoing());
        IndicatorSet indicators = Analysis.indicators(inputs);
        try (OutputDir out = OutputDir.stage(settings.out(), MANIFEST, notices)) {
            Analysis analysis = Analysis.of(inputs, indicators, notices, progress);
            RunResult run = analysis.run();
            if (settings.hasDecisions()) {
                table(out, settings, "tables/decisions.csv",
                        w -> DecisionsCsv.write(w, analysis.decisions(), run.indicators()));
            }
            Summary summary = write(out, settings, run, analysis.curatedSources(), analysis.series());
            out.commit();
            return summary;
        }
    }

    /** Writes every artefact of a run into {@code out} (not yet committed). */
    static Summary write(OutputDir out, Settings settings, RunResult run, List<IndicatorSeries> series) {
        return write(out, settings, run, List.of(), series);
    }

    /** As {@link #write(OutputDir, Settings, RunResult, List)}, with the sources of curated figures. */
    static Summary write(OutputDir out, Settings settings, RunResult run, List<DocumentMeta> curatedSources,
                         List<IndicatorSeries> series) {
        int[] seriesRows = new int[1];
        // The tables and each chart are separate files, drawn side by side on the run's threads; PNG encoding
        // dominates a small run. A failure is still the first in this order.
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> {
            try (Writer w = out.writer("observations.csv")) {
                ObservationsCsv.write(w, run.observations(), run.indicators());
            } catch (IOException e) {
                throw OutputDir.cantWrite(PathNames.display(settings.out()) + "/observations.csv", e);
            }
            try (Writer w = out.writer("series.csv")) {
                seriesRows[0] = SeriesCsv.write(w, series);
            } catch (IOException e) {
                throw OutputDir.cantWrite(PathNames.display(settings.out()) + "/series.csv", e);
            }
            writeTables(out, settings, series);
        });
        ChartCache cache = ChartCache.fromSystemProperties();
        for (IndicatorSeries s : series) {
            String id = "charts/" + s.indicator();
            steps.add(() -> chart(settings, id + ".png", s, cache, file -> ChartRenderer.writePng(s, file, 1), out));
            steps.add(() -> chart(settings, id + "@2x.png", s, cache, file -> ChartRenderer.writePng(s, file, 2), out));
            steps.add(() -> chart(settings, id + ".svg", s, cache, file -> ChartRenderer.writeSvg(s, file), out));
            steps.add(() -> chart(settings, id + "-yoy.png", s, cache, file -> YoyChartRenderer.writePng(s, file, 1), out));
            steps.add(() -> chart(settings, id + "-yoy@2x.png", s, cache, file -> YoyChartRenderer.writePng(s, file, 2), out));
            steps.add(() -> chart(settings, id + "-yoy.svg", s, cache, file -> YoyChartRenderer.writeSvg(s, file), out));
        }
        Parallel.forEach(steps, settings.jobs(), Runnable::run);
        ReportHtml.write(out, settings, run, curatedSources, series);
        Manifest manifest = new Manifest(Version.TOOL, Version.version(), options(settings), inputs(settings, run),
                outputs(out, settings), counts(run, series, seriesRows[0]), skipped(settings, run));
        try (Writer w = out.writer(MANIFEST)) {
            w.write(ManifestWriter.toJson(manifest));
        } catch (IOException e) {
            throw OutputDir.cantWrite(PathNames.display(settings.out()) + "/" + MANIFEST, e);
        }
        return new Summary(run.observations().size(), series.size(), run.skipped().size());
    }

    /** The tables for analysts and report writers in {@code tables/}, described by their data package. */
    private static void writeTables(OutputDir out, Settings settings, List<IndicatorSeries> series) {
        table(out, settings, "tables/series.csv", w -> SeriesCsv.write(w, series));
        table(out, settings, "tables/series-wide.csv", w -> SeriesWideCsv.write(w, series));
        table(out, settings, "tables/yoy.csv", w -> YoyCsv.write(w, series, YearOverYear.of(series)));
        table(out, settings, "tables/trends.csv", w -> TrendsCsv.write(w, series));
        List<DataPackage.Resource> resources = new ArrayList<>(List.of(TableSchemas.series(),
                TableSchemas.seriesWide(series), TableSchemas.yoy(), TableSchemas.trends()));
        if (settings.hasDecisions()) {
            resources.add(TableSchemas.decisions());
        }
        table(out, settings, "tables/datapackage.json", w -> w.write(DataPackage.toJson("yoy-tables", resources)));
    }

    private static void table(OutputDir out, Settings settings, String relative, TableStep step) {
        try (Writer w = out.writer(relative)) {
            step.write(w);
        } catch (IOException e) {
            throw OutputDir.cantWrite(PathNames.display(settings.out()) + "/" + relative, e);
        }
    }

    @FunctionalInterface
    private interface TableStep {
        void write(Writer w) throws IOException;
    }

    /** Draws one chart file; the renderer may declare checked exceptions or not, so both are handled. */
    private static void chart(Settings settings, String relative, IndicatorSeries series, ChartCache cache,
                              ChartStep step, OutputDir out) {
        Path file = out.file(relative);
        try {
            cache.draw(relative, series, file, step);
        } catch (RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw OutputDir.cantWrite(PathNames.display(settings.out()) + "/" + relative, e);
        } catch (Exception e) {
            throw new IllegalStateException("chart " + relative + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface ChartStep {
        void draw(Path file) throws Exception;
    }

    private static Map<String, String> options(Settings settings) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("corpus", PathNames.display(settings.corpus()));
        options.put("indicators", PathNames.display(settings.indicators()));
        if (settings.overrides() != null) {
            options.put("overrides", PathNames.display(settings.overrides()));
        }
        if (settings.figures() != null) {
            options.put("figures", PathNames.display(settings.figures()));
        }
        return options;
    }

    /** Reports left out by --keep-going, by their path as inputs are named, with the reason. */
    private static Map<String, String> skipped(Settings settings, RunResult run) {
        String corpus = PathNames.display(settings.corpus());
        Map<String, String> out = new LinkedHashMap<>();
        run.skipped().forEach(s -> {
            String path = PathNames.child(corpus, s.file());
            // The reason names the file as the corpus folder was given, maybe absolute; the manifest holds no
            // absolute path, so it names it as the inputs do.
            String given = settings.corpus().resolve(s.file()).toString();
            out.put(path, s.reason().startsWith(given) ? path + s.reason().substring(given.length()) : s.reason());
        });
        return out;
    }

    private static List<FileEntry> inputs(Settings settings, RunResult run) {
        String corpus = PathNames.display(settings.corpus());
        List<FileEntry> inputs = new ArrayList<>();
        java.util.Set<String> files = new java.util.HashSet<>();
        for (DocumentMeta d : run.documents()) {
            // The chapters of a book are one input file.
            String file = CorpusReader.fileOf(d);
            if (!files.add(file)) {
                continue;
            }
            inputs.add(d.sha256().isEmpty()
                    ? entry(settings.corpus().resolve(file), PathNames.child(corpus, file))
                    : scanned(settings.corpus().resolve(file), PathNames.child(corpus, file), d.sha256()));
        }
        Path manifest = settings.corpus().resolve(CORPUS_MANIFEST);
        if (Files.isRegularFile(manifest)) {
            inputs.add(entry(manifest, PathNames.child(corpus, CORPUS_MANIFEST)));
        }
        inputs.add(entry(settings.indicators(), PathNames.display(settings.indicators())));
        if (settings.overrides() != null) {
            inputs.add(entry(settings.overrides(), PathNames.display(settings.overrides())));
        }
        if (settings.figures() != null) {
            inputs.add(entry(settings.figures(), PathNames.display(settings.figures())));
        }
        return inputs;
    }

    /** A report's entry from the digest taken when the corpus was scanned: the bytes that were read. */
    private static FileEntry scanned(Path file, String name, String sha256) {
        try {
            return new FileEntry(name, Files.size(file), sha256);
        } catch (IOException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "cannot read input again to record its size (" + e.getMessage() + ")",
                    "keep the corpus unchanged while yoy runs"), e);
        }
    }

    private static FileEntry entry(Path file, String name) {
        try {
            return FileEntry.of(file, name);
        } catch (IOException e) {
            throw new YoyException(ExitCode.NO_INPUT, YoyException.at(name, 0, 0,
                    "cannot read input again to record its digest (" + e.getMessage() + ")",
                    "keep the corpus unchanged while yoy runs"), e);
        }
    }

    /** Every output but the manifest, digested on the run's threads (a warm run's largest remaining step). */
    private static List<FileEntry> outputs(OutputDir out, Settings settings) {
        List<String> files = out.files().stream().filter(f -> !f.equals(MANIFEST)).toList();
        FileEntry[] entries = new FileEntry[files.size()];
        List<Integer> indices = java.util.stream.IntStream.range(0, files.size()).boxed().toList();
        Parallel.forEach(indices, settings.jobs(), i -> {
            String relative = files.get(i);
            try {
                entries[i] = FileEntry.of(out.root().resolve(relative), relative);
            } catch (IOException e) {
                throw OutputDir.cantWrite(PathNames.display(settings.out()) + "/" + relative, e);
            }
        });
        return List.of(entries);
    }

    private static Map<String, Long> counts(RunResult run, List<IndicatorSeries> series, int seriesRows) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("documents", (long) run.documents().size());
        counts.put("indicators", (long) run.indicators().indicators().size());
        counts.put("observations", (long) run.observations().size());
        counts.put("charts", (long) series.size());
        counts.put("series_rows", (long) seriesRows);
        for (YearStatus status : YearStatus.values()) {
            counts.put("years_" + status.code(), 0L);
        }
        for (IndicatorSeries s : series) {
            for (MeasureSeries m : s.measures()) {
                for (SeriesPoint p : m.points()) {
                    counts.merge("years_" + p.status().code(), 1L, Long::sum);
                }
            }
        }
        return counts;
    }
}
