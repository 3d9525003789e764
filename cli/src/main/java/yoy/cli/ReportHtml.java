package yoy.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import yoy.html.Charts;
import yoy.html.HtmlReport;
import yoy.model.DocumentMeta;
import yoy.output.OutputDir;
import yoy.pipeline.RunResult;
import yoy.series.IndicatorSeries;

/**
 * The report's {@code index.html}, written after the charts: it embeds the charts already drawn in the staging
 * folder ({@code charts/<id>@2x.png}, and {@code charts/<id>-yoy@2x.png} or {@code charts/<id>-yoy.png} when
 * the year-over-year charts exist) rather than drawing them again.
 */
final class ReportHtml {

    static final String FILE = "index.html";

    private ReportHtml() {
    }

    static void write(OutputDir out, Report.Settings settings, RunResult run, List<DocumentMeta> curatedSources,
                      List<IndicatorSeries> series) {
        Map<String, byte[]> main = new TreeMap<>();
        Map<String, byte[]> yoy = new TreeMap<>();
        for (IndicatorSeries s : series) {
            put(main, s.indicator(), out.root().resolve("charts/" + s.indicator() + "@2x.png"), settings);
            Path yoy2x = out.root().resolve("charts/" + s.indicator() + "-yoy@2x.png");
            put(yoy, s.indicator(), Files.isRegularFile(yoy2x) ? yoy2x
                    : out.root().resolve("charts/" + s.indicator() + "-yoy.png"), settings);
        }
        String page = HtmlReport.render(run, curatedSources, series, new Charts(main, yoy), Version.TOOL + " " + Version.version());
        try (Writer w = out.writer(FILE)) {
            w.write(page);
        } catch (IOException e) {
            throw OutputDir.cantWrite(PathNames.display(settings.out()) + "/" + FILE, e);
        }
    }

    private static void put(Map<String, byte[]> charts, String indicator, Path file, Report.Settings settings) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            charts.put(indicator, Files.readAllBytes(file));
        } catch (IOException e) {
            throw OutputDir.cantWrite(PathNames.display(settings.out()) + "/charts/" + file.getFileName(), e);
        }
    }
}
