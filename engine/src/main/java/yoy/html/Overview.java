package yoy.html;

import java.util.List;
import yoy.change.YearOverYear;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;
import yoy.stats.TrendAnalysis;
import yoy.tables.WriterTable;

/**
 * The overview: one card per indicator with the latest figure of its main measure (the first measure with
 * figures), the change against the previous year with a figure, and the trend.
 */
final class Overview {

    private Overview() {
    }

    static String render(List<IndicatorSeries> series) {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"overview\" aria-labelledby=\"overview\">\n")
                .append("<h2 id=\"overview\">Overview</h2>\n<ul class=\"cards\">\n");
        for (IndicatorSeries s : series) {
            b.append(card(s));
        }
        b.append("</ul>\n</section>\n");
        return b.toString();
    }

    /** The indicator's main measure: the first with a figure, or null when no measure has one. */
    static MeasureSeries mainMeasure(IndicatorSeries s) {
        for (MeasureSeries m : s.measures()) {
            if (latest(m) != null) {
                return m;
            }
        }
        return null;
    }

    static SeriesPoint latest(MeasureSeries m) {
        SeriesPoint latest = null;
        for (SeriesPoint p : m.points()) {
            if (p.status().hasFigure()) {
                latest = p;
            }
        }
        return latest;
    }

    private static String card(IndicatorSeries s) {
        StringBuilder b = new StringBuilder();
        b.append("<li class=\"card\">\n<h3><a href=\"#").append(HtmlReport.anchor(s.indicator())).append("\">")
                .append(Html.text(s.title())).append("</a></h3>\n");
        MeasureSeries m = mainMeasure(s);
        if (m == null) {
            b.append("<p class=\"unit\">").append(Html.text(s.unit())).append("</p>\n")
                    .append("<p class=\"none\">No figure found in the reports read.</p>\n</li>\n");
            return b.toString();
        }
        SeriesPoint p = latest(m);
        b.append("<p class=\"unit\">").append(Html.text(s.unit())).append(" · ").append(Html.text(label(m)))
                .append("</p>\n");
        b.append("<p class=\"latest\"><span class=\"figure\">")
                .append(Html.text(WriterTable.figure(p.interval(), s.decimals()))).append("</span> <span class=\"when\">")
                .append(p.isPartial() ? "in " + Html.text(p.period().label()) : "in " + p.year()).append("</span>");
        if (p.isPartial()) {
            b.append(" <span class=\"flag\">part of the year only</span>");
        }
        if (p.status() == YearStatus.CONFLICT) {
            b.append(" <span class=\"flag\">reports disagree</span>");
        }
        b.append("</p>\n<dl>\n<dt>Change</dt><dd>")
                .append(Html.text(ChangeSentence.into(p.year(), YearOverYear.of(s.indicator(), m), s.decimals())))
                .append("</dd>\n<dt>Trend</dt><dd>")
                .append(Html.text(TrendSentence.brief(TrendAnalysis.analyse(m), s.decimals())))
                .append("</dd>\n</dl>\n</li>\n");
        return b.toString();
    }

    static String label(MeasureSeries m) {
        return m.label() == null || m.label().isBlank() ? m.measure() : m.label();
    }
}
