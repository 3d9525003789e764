package yoy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import yoy.charts.CompareRenderer;
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
 * {@code yoy compare A B ...}: several indicators on one chart, as small multiples (one panel each, own
 * scale, same years) or as an index (each series divided by its figure in a base year, base = 100).
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Draw several indicators on one chart: small multiples, or an index chart (base year = 100)"
                + " where every series has a reported, exact, whole-year, non-zero figure in the base year.",
        footer = {"", "Modes:",
                "  auto              index when a base year qualifies, else small multiples (default)",
                "  small-multiples   one panel per indicator, shared years, each on its own scale",
                "  index             fails (exit 65) when no base year qualifies, saying why",
                "", "Examples:",
                "  ./yoy compare protest_detentions protest_prosecutions --out compare.png",
                "  ./yoy compare political_prisoners religious_prosecutions --mode index --base-year 2022 --out idx.svg",
                "  ./yoy compare torture_cases protest_deaths --mode small-multiples --scale 2 --out cmp@2x.png"})
final class CompareCommand implements Callable<Integer> {

    private static final Map<String, String> MODES = new TreeMap<>(Map.of(
            "auto", "auto", "small-multiples", "small-multiples", "index", "index"));

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Mixin
    FilterOptions filters;

    @Parameters(arity = "1..*", paramLabel = "INDICATOR", description = "Two or more indicator ids, as in the indicator file.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "auto, small-multiples or index (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--base-year", paramLabel = "YEAR", description = "Base year of the index (default: the first year where every series qualifies).")
    Integer baseYear;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Chart file to write: .png or .svg.")
    Path out;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", description = "PNG scale, 1 or 2 (default: ${DEFAULT-VALUE}).")
    int scale;

    @Override
    public Integer call() {
        Messages messages = Flags.messages(spec);
        String chosen = mode.toLowerCase(Locale.ROOT);
        if (!MODES.containsKey(chosen)) {
            throw new YoyException(ExitCode.USAGE, "unknown --mode '" + mode + "'; use one of " + String.join(", ", MODES.keySet()));
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new YoyException(ExitCode.USAGE, "--out " + out + " must end in .png or .svg");
        }
        if (scale != 1 && scale != 2) {
            throw new YoyException(ExitCode.USAGE, "--scale " + scale + " is not supported; use 1 or 2");
        }
        List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
        if (wanted.size() < 2) {
            throw new YoyException(ExitCode.USAGE, "compare needs at least two different indicators; got " + String.join(", ", wanted));
        }
        IndicatorSet set = IndicatorLoader.load(input.indicators);
        for (String id : wanted) {
            if (set.find(id).isEmpty()) {
                throw new YoyException(ExitCode.USAGE, "unknown indicator '" + id + "'; use one of " + String.join(", ", set.ids()));
            }
        }
        RunFilter given = filters.toFilter();
        RunFilter filter = new RunFilter(new LinkedHashSet<>(wanted), given.years(), given.countries());
        RunResult run = RegexGuard.reportingTo(messages::note,
                () -> new Pipeline(set, filter).run(input.reader(messages::note)));
        List<IndicatorSeries> built = new SeriesBuilder(run.indicators()).build(run.documents(), run.observations(), run.years());
        List<IndicatorSeries> series = new ArrayList<>();
        for (String id : wanted) {
            built.stream().filter(s -> s.indicator().equals(id)).findFirst().ifPresent(series::add);
        }

        CompareRenderer.Layout layout = CompareRenderer.Layout.SMALL_MULTIPLES;
        Integer base = null;
        if (!chosen.equals("small-multiples")) {
            CompareRenderer.IndexBase found = CompareRenderer.indexBase(series, baseYear);
            if (found.ok()) {
                layout = CompareRenderer.Layout.INDEX;
                base = found.year();
            } else if (chosen.equals("index")) {
                throw new YoyException(ExitCode.DATA, found.refusal()
                        + "; pick another --base-year, or use --mode small-multiples");
            } else {
                messages.note("yoy: no index chart (" + found.refusal() + "); drawing small multiples");
            }
        }
        if (svg) {
            CompareRenderer.writeSvg(series, layout, base, out);
        } else {
            CompareRenderer.writePng(series, layout, base, out, scale);
        }
        messages.note("yoy: wrote " + out + (layout == CompareRenderer.Layout.INDEX
                ? " (index, " + base + " = 100)" : " (small multiples)"));
        return InputOptions.exitCode(run);
    }
}
