package yoy.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import yoy.model.DocumentMeta;
import yoy.model.Observation;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.tables.WriterTable;

/**
 * The evidence list of one indicator: every figure read for it, with its quote (the number marked), the
 * publisher, title and coverage year of its report, and a link when the report has an http(s) URL. The quote
 * sits in a {@code <bdi>} so that bidirectional controls in it cannot reorder the rest of the page.
 */
final class Evidence {

    private Evidence() {
    }

    static String render(IndicatorSeries s, List<Observation> observations, Map<String, DocumentMeta> documents) {
        return render(s, observations, documents, Set.of());
    }

    /** {@code curated} names the sources of figures an analyst added; their evidence says so. */
    static String render(IndicatorSeries s, List<Observation> observations, Map<String, DocumentMeta> documents,
                         Set<String> curated) {
        List<Observation> mine = sorted(s, observations);
        StringBuilder b = new StringBuilder();
        if (mine.isEmpty()) {
            return "<p class=\"none\">No figure was read for this indicator.</p>\n";
        }
        b.append("<ol class=\"evidence\">\n");
        for (Observation o : mine) {
            b.append(item(s, o, documents.get(o.doc()), curated.contains(o.doc())));
        }
        b.append("</ol>\n");
        return b.toString();
    }

    /** The indicator's figures by measure (in definition order), year, document and position. */
    private static List<Observation> sorted(IndicatorSeries s, List<Observation> observations) {
        List<String> order = new ArrayList<>();
        for (MeasureSeries m : s.measures()) {
            order.add(m.measure());
        }
        List<Observation> mine = new ArrayList<>();
        for (Observation o : observations) {
            if (o.indicator().equals(s.indicator())) {
                mine.add(o);
            }
        }
        mine.sort(Comparator.comparingInt((Observation o) -> rank(order, o.measure()))
                .thenComparing(Observation::measure)
                .thenComparingInt(Observation::year)
                .thenComparing(Observation::doc)
                .thenComparingInt(o -> o.source().start())
                .thenComparingInt(Observation::numberStart));
        return mine;
    }

    private static int rank(List<String> order, String measure) {
        int i = order.indexOf(measure);
        return i < 0 ? order.size() : i;
    }

    private static String item(IndicatorSeries s, Observation o, DocumentMeta doc, boolean curated) {
        StringBuilder b = new StringBuilder("<li>\n<p class=\"claim\"><strong>");
        b.append(Html.text(WriterTable.figure(o.interval(), s.decimals()))).append("</strong> · ")
                .append(Html.text(measureLabel(s, o.measure()))).append(" · ")
                .append(Html.text(o.period().label())).append("</p>\n");
        b.append("<blockquote class=\"quote\"><p><bdi class=\"quote-text\">").append(quote(o))
                .append("</bdi></p></blockquote>\n");
        b.append("<p class=\"source\">").append(source(o, doc, curated)).append("</p>\n</li>\n");
        return b.toString();
    }

    /** The quote, escaped, with the number inside {@code <mark>}. */
    static String quote(Observation o) {
        String q = o.source().quote();
        int from = clamp(o.numberStart() - o.source().start(), q.length());
        int to = clamp(o.numberEnd() - o.source().start(), q.length());
        // A span that would split a surrogate pair is not marked rather than broken.
        if (to <= from || splits(q, from) || splits(q, to)) {
            return Html.text(q);
        }
        return Html.text(q.substring(0, from)) + "<mark>" + Html.text(q.substring(from, to)) + "</mark>"
                + Html.text(q.substring(to));
    }

    private static boolean splits(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))
                && Character.isHighSurrogate(s.charAt(at - 1));
    }

    private static int clamp(int i, int length) {
        return Math.max(0, Math.min(length, i));
    }

    private static String source(Observation o, DocumentMeta doc, boolean curated) {
        List<String> parts = new ArrayList<>();
        String publisher = doc == null || doc.publisher().isBlank() ? o.publisher() : doc.publisher();
        if (!publisher.isBlank()) {
            parts.add("<bdi class=\"publisher\">" + Html.text(publisher) + "</bdi>");
        }
        boolean titled = doc != null && !doc.title().isBlank();
        if (titled) {
            parts.add("<cite><bdi>" + Html.text(doc.title()) + "</bdi></cite>");
        }
        if (doc != null && !curated) {
            parts.add("report on " + doc.coverageYear());
        }
        // A curated source's title is its name; a corpus file's name is worth showing next to its title.
        if (!curated || !titled) {
            parts.add("<span class=\"file\">" + Html.text(o.doc()) + "</span>");
        }
        // Where a reader finds the quote in a long source: its page, or the section it stands under.
        if (!o.source().location().isBlank()) {
            parts.add("<span class=\"location\"><bdi>" + Html.text(o.source().location()) + "</bdi></span>");
        }
        StringBuilder b = new StringBuilder();
        if (curated) {
            b.append("<em>curated figure, added by an analyst</em>: ");
        }
        b.append(String.join(", ", parts));
        if (doc != null && !doc.url().isBlank()) {
            b.append(" · ").append(Html.link(doc.url(), doc.url()));
        }
        return b.toString();
    }

    private static String measureLabel(IndicatorSeries s, String measure) {
        for (MeasureSeries m : s.measures()) {
            if (m.measure().equals(measure)) {
                return Overview.label(m);
            }
        }
        return measure;
    }
}
