package yoy.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.model.SourceSpan;
import yoy.pipeline.RunResult;
import yoy.series.IndicatorSeries;
import yoy.series.SeriesBuilder;
import yoy.series.YearRange;
import yoy.testing.Fixtures;

class HtmlReportTest {

    private static final DocumentMeta A = new DocumentMeta("a.txt", "Annual report", "Amnesty International",
            "Kazakhstan", 2019, "https://example.org/a", "", "");
    private static final DocumentMeta B = new DocumentMeta("b.txt", "World Report", "Human Rights Watch",
            "Kazakhstan", 2021, "javascript:alert(1)", "", "");
    private static final DocumentMeta C = new DocumentMeta("c.txt", "Review", "Amnesty International",
            "Kazakhstan", 2022, "", "", "");

    private static Observation obs(String indicator, String measure, int year, Interval iv, Period period,
                                   DocumentMeta doc, String before, String number, String after) {
        String quote = before + number + after;
        int start = 40;
        return new Observation(indicator, measure, year, iv, period, doc.publisher(),
                new SourceSpan(doc.file(), start, start + quote.length(), quote),
                start + before.length(), start + before.length() + number.length(), List.of("cue"));
    }

    private static RunResult run() {
        return new RunResult(Fixtures.indicators(), List.of(A, B, C), List.of(
                obs("protest_detentions", "detained", 2019, Interval.exact(120), Period.year(2019), A,
                        "In 2019, ", "120", " people were detained."),
                obs("protest_detentions", "detained", 2021, Interval.of(Qualifier.AT_LEAST, 150), Period.year(2021), B,
                        "At least ", "150", " people <script>alert(1)</script> were detained."),
                obs("protest_detentions", "detained", 2022, Interval.exact(66), Period.months(2022, 1, 10), C,
                        "Between January and October, ", "66", " people were detained \u202Eevil."),
                obs("convictions", "convicted", 2019, Interval.exact(3), Period.year(2019), A,
                        "", "3", " officers were convicted."),
                obs("convictions", "convicted", 2020, Interval.exact(5), Period.year(2020), A,
                        "", "5", " officers were convicted."),
                obs("convictions", "convicted", 2021, Interval.exact(8), Period.year(2021), B,
                        "", "8", " officers were convicted."),
                obs("convictions", "convicted", 2022, Interval.exact(13), Period.year(2022), C,
                        "", "13", " officers were convicted.")), YearRange.ALL);
    }

    private static String render() {
        RunResult run = run();
        List<IndicatorSeries> series = new SeriesBuilder(run.indicators()).build(run.documents(), run.observations());
        return HtmlReport.render(run, series, new Charts(Map.of("convictions", png(1700, 1200)), Map.of()), "yoy test");
    }

    private static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void thePageIsSelfContainedAndAccessible() {
        Document d = Jsoup.parse(render());
        assertEquals("en", d.selectFirst("html").attr("lang"));
        assertEquals("utf-8", d.selectFirst("meta[charset]").attr("charset"));
        assertTrue(d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"));
        assertEquals(0, d.select("script, link, iframe, object, embed, base").size());
        for (Element img : d.select("img")) {
            assertTrue(img.attr("src").startsWith("data:image/png;base64,"));
            assertFalse(img.attr("alt").isBlank());
            assertEquals("850", img.attr("width"), "a 2x chart shows at half its pixels");
            assertEquals("600", img.attr("height"));
        }
        assertEquals(1, d.select("img").size(), "a chart only where one was given");
        for (Element th : d.select("th")) {
            assertTrue(th.hasAttr("scope"), th.outerHtml());
        }
        assertEquals(1, d.select("h1").size());
    }

    @Test
    void cardsGiveTheLatestFigureChangeAndTrend() {
        Document d = Jsoup.parse(render());
        List<Element> cards = d.select("li.card");
        assertEquals(3, cards.size());
        Element detentions = cards.stream().filter(c -> c.text().startsWith("People detained")).findFirst().orElseThrow();
        assertEquals("66", detentions.selectFirst(".figure").text());
        assertTrue(detentions.text().contains("in Jan–Oct 2022"), detentions.text());
        assertTrue(detentions.text().contains("part of the year only"), detentions.text());
        assertTrue(detentions.text().contains("not comparable with ≥150 in 2021"), detentions.text());
        Element convictions = cards.stream().filter(c -> c.text().startsWith("Officers")).findFirst().orElseThrow();
        assertTrue(convictions.text().contains("+5 (+63%) from 8 in 2021"), convictions.text());
        assertTrue(convictions.text().contains("per year, Mann–Kendall p = "), convictions.text());
        Element deaths = cards.stream().filter(c -> c.text().startsWith("People killed")).findFirst().orElseThrow();
        assertTrue(deaths.text().contains("No figure found"), deaths.text());
    }

    @Test
    void tablesNeverShowZeroForMissingYears() {
        Document d = Jsoup.parse(render());
        Element table = d.selectFirst("#indicator-protest_deaths table.yearly");
        for (Element td : table.select("td")) {
            assertTrue(td.text().equals("n.r.") || td.text().equals("–"), td.outerHtml());
        }
        Element detentions = d.selectFirst("#indicator-protest_detentions table.yearly");
        assertEquals(List.of("120", "–", "≥150", "66¹"), detentions.select("td").eachText(), "no report covers 2020");
        assertTrue(d.selectFirst("#indicator-protest_detentions .table-notes").text()
                .startsWith("¹ Jan–Oct 2022 only"));
    }

    @Test
    void trendSentencesStateTheirLimits() {
        Document d = Jsoup.parse(render());
        String detentions = d.selectFirst("#indicator-protest_detentions ul.trend").text();
        assertTrue(detentions.contains("1 data point (2019): no trend test, which needs 3"), detentions);
        assertTrue(detentions.contains("bounds left out: 2021"), detentions);
        String convictions = d.selectFirst("#indicator-convictions ul.trend").text();
        assertTrue(convictions.matches(".*n = 4 \\(2019–2022\\): Mann–Kendall p = 0\\.\\d+, Theil–Sen slope \\+\\S+ per year\\..*"),
                convictions);
    }

    @Test
    void evidenceMarksTheNumberAndLinksOnlyWebAddresses() {
        Document d = Jsoup.parse(render());
        List<Element> items = d.select("#indicator-protest_detentions ol.evidence > li");
        assertEquals(3, items.size());
        assertEquals("120", items.get(0).selectFirst("mark").text());
        assertEquals("In 2019, 120 people were detained.", items.get(0).selectFirst("bdi.quote-text").wholeText());
        assertEquals("https://example.org/a", items.get(0).selectFirst("a").attr("href"));
        assertTrue(items.get(0).text().contains("Amnesty International, Annual report, report on 2019, a.txt"),
                items.get(0).text());
        assertEquals("At least 150 people <script>alert(1)</script> were detained.",
                items.get(1).selectFirst("bdi.quote-text").wholeText());
        assertEquals(0, items.get(1).select("a").size(), "javascript: is shown, not linked");
        assertTrue(items.get(1).text().contains("javascript:alert(1)"));
        assertEquals(0, d.select("script").size());
    }

    @Test
    void sameBytesUnderAnotherLocaleAndTimeZone() {
        String first = render();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertEquals(first, render());
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals(first, render());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
