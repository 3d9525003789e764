package yoy.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import yoy.change.ChangeStatus;
import yoy.change.YearChange;
import yoy.change.YearOverYear;
import yoy.indicators.Indicator;
import yoy.model.DocumentMeta;
import yoy.pipeline.RunResult;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.stats.TrendAnalysis;
import yoy.tables.WriterTable;

/**
 * {@code index.html}: the whole report as one self-contained page. Styles are inline, charts are embedded as
 * {@code data:} PNGs, there is no script, and a Content-Security-Policy forbids any load from elsewhere, so the
 * page makes no network request. The same run gives the same bytes: no timestamps, inputs in a fixed order.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * The page for a run. {@code generator} names the tool and version in the footer
     * (for example "yoy 0.1.0").
     */
    public static String render(RunResult run, List<IndicatorSeries> series, Charts charts, String generator) {
        return render(run, List.of(), series, charts, generator);
    }

    /**
     * As {@link #render(RunResult, List, Charts, String)}, with the sources of curated figures, so that
     * their evidence names the source an analyst cited and says that a person added the figure.
     */
    public static String render(RunResult run, List<DocumentMeta> curatedSources, List<IndicatorSeries> series,
                                Charts charts, String generator) {
        Map<String, DocumentMeta> documents = new TreeMap<>();
        for (DocumentMeta d : curatedSources) {
            documents.put(d.file(), d);
        }
        for (DocumentMeta d : run.documents()) {
            documents.put(d.file(), d);
        }
        Set<String> curated = new TreeSet<>();
        curatedSources.forEach(d -> curated.add(d.file()));
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                        + " style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"generator\" content=\"").append(Html.attr(generator)).append("\">\n")
                .append("<title>").append(Html.text(heading(run, series))).append("</title>\n")
                .append("<style>\n").append(Style.CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header class=\"page\">\n<h1>").append(Html.text(heading(run, series))).append("</h1>\n<p>")
                .append(Html.text(summary(run, series))).append("</p>\n</header>\n<main>\n");
        b.append(Overview.render(series));
        for (IndicatorSeries s : series) {
            b.append(section(s, run, documents, curated, charts));
        }
        b.append(reports(run.documents()));
        b.append("</main>\n<footer class=\"page\">\n<p>").append(Html.text(WriterTable.LEGEND))
                .append("</p>\n<p>Made by ").append(Html.text(generator))
                .append(" from the reports listed above. Every figure is listed with its quote under Evidence.</p>\n")
                .append("</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    /** The fragment id of an indicator's section. */
    static String anchor(String indicator) {
        return Html.attr("indicator-" + indicator);
    }

    private static String heading(RunResult run, List<IndicatorSeries> series) {
        TreeSet<String> countries = countries(run);
        String where = countries.isEmpty() ? "" : String.join(", ", countries) + ": ";
        return where + "indicators year over year" + span(series);
    }

    private static TreeSet<String> countries(RunResult run) {
        TreeSet<String> countries = new TreeSet<>();
        for (DocumentMeta d : run.documents()) {
            if (!d.country().isBlank()) {
                countries.add(d.country());
            }
        }
        return countries;
    }

    private static String span(List<IndicatorSeries> series) {
        if (series.isEmpty()) {
            return "";
        }
        int from = series.stream().mapToInt(IndicatorSeries::fromYear).min().orElseThrow();
        int to = series.stream().mapToInt(IndicatorSeries::toYear).max().orElseThrow();
        return from == to ? ", " + from : ", " + from + "–" + to;
    }

    private static String summary(RunResult run, List<IndicatorSeries> series) {
        int docs = run.documents().size();
        int figures = run.observations().size();
        return series.size() + (series.size() == 1 ? " indicator, " : " indicators, ")
                + figures + (figures == 1 ? " figure" : " figures") + " read from " + docs
                + (docs == 1 ? " report." : " reports.")
                + " Each figure is kept with its bounds, its period and its quote; years without a figure stay empty.";
    }

    private static String section(IndicatorSeries s, RunResult run, Map<String, DocumentMeta> documents,
                                  Set<String> curated,
                                  Charts charts) {
        String id = anchor(s.indicator());
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"indicator\" id=\"").append(id).append("\" aria-labelledby=\"").append(id)
                .append("-h\">\n<h2 id=\"").append(id).append("-h\">").append(Html.text(s.title())).append("</h2>\n");
        Indicator def = run.indicators().find(s.indicator()).orElse(null);
        b.append("<p class=\"unit\">Unit: ").append(Html.text(s.unit())).append(" · id <code>")
                .append(Html.text(s.indicator())).append("</code></p>\n");
        if (def != null && def.description() != null && !def.description().isBlank()) {
            b.append("<p class=\"description\">").append(Html.text(def.description().strip())).append("</p>\n");
        }
        b.append(figure(charts.main().get(s.indicator()), "chart", "Chart of " + s.title() + " (" + s.unit()
                + ") by year, " + s.fromYear() + "–" + s.toYear() + ", one line per measure; the table below gives"
                + " every figure"));
        byte[] yoy = charts.yoy().get(s.indicator());
        if (yoy != null && !hasChange(s)) {
            // An empty bar chart would only take room: say it in words.
            b.append("<p class=\"none\">No year-over-year change: no two consecutive years have comparable figures.</p>\n");
        } else if (yoy != null) {
            b.append(figure(yoy, "chart yoy", "Bar chart of the change of " + s.title()
                    + " against the previous year; the change is described in the overview"));
        }
        b.append("<h3>Figures by year</h3>\n").append(HtmlTable.render(WriterTable.of(s)));
        b.append("<h3>Trend</h3>\n<ul class=\"trend\">\n");
        for (MeasureSeries m : s.measures()) {
            b.append("<li><strong>").append(Html.text(Overview.label(m))).append(":</strong> ")
                    .append(Html.text(TrendSentence.of(TrendAnalysis.analyse(m), s.decimals()))).append("</li>\n");
        }
        b.append("</ul>\n<h3>Evidence</h3>\n").append(Evidence.render(s, run.observations(), documents, curated));
        b.append("<p class=\"top\"><a href=\"#overview\">Back to the overview</a></p>\n</section>\n");
        return b.toString();
    }

    private static String figure(byte[] png, String cssClass, String alt) {
        Png image = Png.of(png);
        if (image == null) {
            return "<p class=\"none\">No chart.</p>\n";
        }
        return "<figure class=\"" + cssClass + "\"><img src=\"" + image.dataUrl() + "\" width=\"" + image.width()
                + "\" height=\"" + image.height() + "\" alt=\"" + Html.attr(alt) + "\"></figure>\n";
    }

    private static String reports(List<DocumentMeta> documents) {
        List<DocumentMeta> sorted = new ArrayList<>(documents);
        sorted.sort((a, b) -> a.file().compareTo(b.file()));
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"reports\" aria-labelledby=\"reports\">\n<h2 id=\"reports\">Reports read</h2>\n");
        b.append("<table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Publisher</th>")
                .append("<th scope=\"col\">Title</th><th scope=\"col\">Country</th>")
                .append("<th scope=\"col\">Covers</th><th scope=\"col\">Link</th></tr></thead>\n<tbody>\n");
        for (DocumentMeta d : sorted) {
            b.append("<tr><th scope=\"row\">").append(Html.text(d.file())).append("</th><td><bdi>")
                    .append(Html.text(d.publisher())).append("</bdi></td><td><bdi>").append(Html.text(d.title()))
                    .append("</bdi></td><td><bdi>").append(Html.text(d.country())).append("</bdi></td><td>")
                    .append(d.coverageYear()).append("</td><td>")
                    .append(d.url().isBlank() ? "" : Html.link(d.url(), d.url())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
        return b.toString();
    }

    private static boolean hasChange(IndicatorSeries s) {
        for (MeasureSeries m : s.measures()) {
            for (YearChange c : YearOverYear.of(s.indicator(), m)) {
                if (c.status() == ChangeStatus.COMPARED) {
                    return true;
                }
            }
        }
        return false;
    }
}
