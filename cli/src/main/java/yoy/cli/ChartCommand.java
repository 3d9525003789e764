package yoy.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yoy.charts.ChartRenderer;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.pipeline.RunFilter;
import yoy.series.IndicatorSeries;

/** {@code yoy chart <indicator> --out FILE}: one indicator's chart, as PNG or SVG by the file's extension. */
@Command(name = "chart",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Draw one indicator's chart into one file: PNG (850x600, or larger with --scale) or SVG,"
                + " chosen by the extension of --out. The file is replaced in one step, never half-written.",
        footer = {"", "Examples:",
                "  ./yoy chart political_prisoners --out prisoners.svg",
                "  ./yoy chart political_prisoners --out prisoners@2x.png --scale 2",
                "  ./yoy chart protest_deaths --out deaths.png --from 2018 --country Kazakhstan"})
final class ChartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AnalysisOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INDICATOR",
            description = "Indicator id, as in the indicator file (or give it with --indicator).")
    String indicatorId;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The chart file: NAME.png or NAME.svg.")
    Path out;

    @Option(names = "--scale", paramLabel = "N",
            description = "PNG only: 1 for 850x600 pixels, 2 for 1700x1200 (drawn at that size, not enlarged);"
                    + " up to " + ChartRenderer.MAX_SCALE + " (default: 1).")
    Integer scale;

    enum Format { png, svg }

    @Override
    public Integer call() {
        Format format = format(out);
        int pixels = scale(format);
        RunFilter given = options.filters.toFilter();
        String id = indicator(given);
        RunFilter filter = new RunFilter(Set.of(id), given.years(), given.countries());
        Analysis analysis = Analysis.forCommand(spec, options.inputs(filter));
        IndicatorSeries series = analysis.series().stream().filter(s -> s.indicator().equals(id)).findFirst()
                .orElseThrow(() -> new YoyException(ExitCode.NO_INPUT, "no yearly series for '" + id
                        + "' in " + options.input.corpus + "; widen --from/--to or --country, or check the corpus"));
        if (format == Format.png) {
            ChartRenderer.writePng(series, out, pixels);
        } else {
            ChartRenderer.writeSvg(series, out);
        }
        Flags.messages(spec).note("yoy: wrote " + out);
        return InputOptions.exitCode(analysis.run());
    }

    /** PNG or SVG, from the file name; anything else is a usage error before any work is done. */
    static Format format(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        int dot = s.lastIndexOf('.');
        String ext = dot < 0 ? "" : s.substring(dot + 1);
        for (Format f : Format.values()) {
            if (f.name().equals(ext)) {
                return f;
            }
        }
        throw new YoyException(ExitCode.USAGE, "--out " + file + ": "
                + (ext.isEmpty() ? "no extension" : "unknown chart format '." + ext + "'")
                + "; end the file name with .png or .svg");
    }

    private int scale(Format format) {
        if (scale == null) {
            return 1;
        }
        if (format != Format.png) {
            throw new YoyException(ExitCode.USAGE, "--scale applies to PNG only; drop it, or write to a .png file");
        }
        if (scale < 1 || scale > ChartRenderer.MAX_SCALE) {
            throw new YoyException(ExitCode.USAGE, "--scale " + scale + " is out of range; give 1 to "
                    + ChartRenderer.MAX_SCALE + " (2 for a sharp image on high-density screens)");
        }
        return scale;
    }

    /** The one indicator to draw: the argument or a single --indicator (both only when they agree). */
    private String indicator(RunFilter given) {
        Set<String> ids = new TreeSet<>(given.indicators());
        if (indicatorId != null) {
            ids.add(indicatorId.strip());
        }
        if (ids.size() != 1) {
            throw new YoyException(ExitCode.USAGE, (ids.isEmpty() ? "missing INDICATOR" : "one chart draws one"
                    + " indicator, got " + String.join(", ", ids)) + "; e.g. 'yoy chart political_prisoners --out"
                    + " prisoners.svg', or 'yoy compare' for several");
        }
        return ids.iterator().next();
    }
}
