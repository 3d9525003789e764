package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.corpus.CorpusReader;
import yoy.indicators.IndicatorLoader;
import yoy.model.Observation;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;
import yoy.pipeline.RunResult;

/**
 * 500 hostile quotes, titles, publishers, countries and URLs go through extraction into {@code index.html}: the page
 * jsoup parses has no script, no event handler, no link or image outside the allow-list, and every quote reads
 * exactly as the report wrote it.
 */
class HostileQuotesTest {

    private static final int QUOTES = 500;
    private static final int DOCUMENTS = 10;

    /** Strings that break out of text, attributes, comments, CDATA or raw-text elements, or reorder text. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "' onmouseover='alert(1)",
            "\" onfocus=\"alert(1)\" autofocus=\"",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(document[`cookie`])",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "</textarea><script>alert(1)</script>",
            "</title><svg onload=alert(1)>",
            "<!-- <script>alert(1)</script> -->",
            "]]><![CDATA[<script>alert(1)</script>]]>",
            "&amp; &lt;b&gt; &#60;script&#62; &#x3C;",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<style>body{display:none}</style>",
            "<base href=\"https://evil.example/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
            "<link rel=stylesheet href=https://evil.example/x>",
            "\u202Egnp\u202C reversed \u2066isolated\u2069 \u202Bembedded",
            "\u2067unclosed isolate \u202Dunclosed override",
            "\u0001\u0007\u001B\u007F\u0085 controls",
            "emoji \uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 and \u200B zero width",
            "{{constructor.constructor('alert(1)')()}}",
            "${alert(1)} `backticks` \\\" \\' \\\\",
            "<img src=\"x\" onerror=\"alert(1)\"/><svg><script>alert(1)</script></svg>");

    @TempDir
    static Path tmp;

    static Path out;
    static final List<String> sentences = new ArrayList<>();
    static final Map<String, String> titles = new TreeMap<>();
    static final Map<String, String> publishers = new TreeMap<>();
    static final Map<String, String> urls = new TreeMap<>();
    static Document page;
    /** The quotes as extraction read them (the sentence segmenter may end a quote early, at "<!" say). */
    static final List<String> quotes = new ArrayList<>();

    @BeforeAll
    static void writeReport() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        StringBuilder manifest = new StringBuilder("documents:\n");
        for (int d = 0; d < DOCUMENTS; d++) {
            int year = 2015 + d;
            StringBuilder text = new StringBuilder("Annual report " + year + "\n\n");
            for (int i = d; i < QUOTES; i += DOCUMENTS) {
                String sentence = "In " + year + ", at least " + (100 + i) + " people were detained during protests "
                        + HOSTILE.get(i % HOSTILE.size()) + " in the capital.";
                sentences.add(sentence);
                text.append(sentence).append("\n\n");
            }
            String file = String.format(Locale.ROOT, "r%02d.txt", d);
            Files.writeString(corpus.resolve(file), text);
            String hostile = HOSTILE.get(d % HOSTILE.size());
            titles.put(file, "Report " + hostile);
            publishers.put(file, hostile + " Watch");
            urls.put(file, "https://example.org/" + d + "/\"><script>alert(1)</script>'onmouseover='alert(1)");
            manifest.append("  - file: ").append(file).append('\n')
                    .append("    title: ").append(yaml(titles.get(file))).append('\n')
                    .append("    publisher: ").append(yaml(publishers.get(file))).append('\n')
                    .append("    country: ").append(yaml("Kaz<b onclick=alert(1)>akh</b>stan")).append('\n')
                    .append("    coverage_year: ").append(year).append('\n')
                    .append("    url: ").append(yaml(urls.get(file))).append('\n');
        }
        Files.writeString(corpus.resolve("manifest.yaml"), manifest);
        Path indicators = tmp.resolve("indicators.yaml");
        Files.writeString(indicators, Files.readString(Path.of("..", "indicators.yaml"))
                .replace("title: Detentions of protesters", "title: " + yaml("Detentions <script>alert(1)</script>"))
                .replace("unit: people\n    short_unit: people\n    description: >-\n      People detained",
                        "unit: " + yaml("people\"><img src=x onerror=alert(1)>")
                                + "\n    short_unit: people\n    description: >-\n      People detained"));
        out = tmp.resolve("out");
        Cli.Result r = Cli.run("-q", "report", "--corpus", corpus.toString(), "--indicators", indicators.toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        page = Jsoup.parse(Files.readString(out.resolve("index.html")));
        RunResult run = new Pipeline(IndicatorLoader.load(indicators), RunFilter.all())
                .run(new CorpusReader(corpus, n -> { }));
        for (Observation o : run.observations()) {
            quotes.add(o.source().quote());
        }
    }

    /** A YAML double-quoted scalar: only backslash, quote and control characters need escapes. */
    private static String yaml(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                b.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Test
    void everyHostileSentenceWasReadAsAFigureWithItsHostilePart() {
        assertEquals(QUOTES, quotes.size(), "one figure per sentence");
        long whole = quotes.stream().filter(sentences::contains).count();
        // Only the sentences with "<!" are cut short by the segmenter; every other quote holds its whole sentence.
        long cut = sentences.stream().filter(x -> x.contains("<!")).count();
        assertEquals(QUOTES - cut, whole);
        for (String h : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "\u202Egnp\u202C",
                "' onmouseover='alert(1)", "javascript:alert(1)", "\u0001\u0007\u001B\u007F\u0085")) {
            assertTrue(quotes.stream().anyMatch(q -> q.contains(h)), h);
        }
    }

    @Test
    void noScriptElementAndNoEventHandler() {
        assertEquals(0, page.select("script").size());
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), e.tagName() + " " + a);
                assertFalse(a.getKey().equalsIgnoreCase("style"), "no inline style attribute: " + a);
            }
        }
        for (String tag : List.of("iframe", "object", "embed", "base", "link", "svg", "form", "textarea")) {
            assertEquals(0, page.select(tag).size(), tag);
        }
        assertEquals(1, page.select("style").size(), "only the page's own style sheet");
        assertEquals(1, page.select("meta[http-equiv]").size(), "only the page's own policy");
    }

    @Test
    void linksAndImagesOnlyUseAllowedSchemes() {
        int links = 0;
        for (Element e : page.select("[href], [src], [action], [formaction], [srcset], [poster], [background]")) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.equals("href") || key.equals("src")) {
                    String v = a.getValue();
                    assertTrue(v.startsWith("https://") || v.startsWith("http://") || v.startsWith("#")
                            || (key.equals("src") && v.startsWith("data:image/png;base64,")), e.outerHtml());
                    links += key.equals("href") && v.startsWith("http") ? 1 : 0;
                } else {
                    assertFalse(List.of("action", "formaction", "srcset", "poster", "background").contains(key), key);
                }
            }
        }
        assertTrue(links >= DOCUMENTS, "each report's URL is a link: " + links);
        for (String url : urls.values()) {
            assertFalse(page.select("a[href]").stream().noneMatch(a -> a.attr("href").equals(url)),
                    "the URL survives as written: " + url);
        }
    }

    @Test
    void everyQuoteReadsAsWritten() {
        List<String> shown = new ArrayList<>();
        for (Element q : page.select("bdi.quote-text")) {
            shown.add(q.wholeText());
        }
        assertEquals(QUOTES, shown.size());
        List<String> missing = new ArrayList<>(quotes);
        missing.removeAll(shown);
        List<String> unexpected = new ArrayList<>(shown);
        unexpected.removeAll(quotes);
        assertEquals(List.of(), missing.stream().limit(3).map(HostileQuotesTest::codes).toList(), "quotes not shown");
        assertEquals(List.of(), unexpected.stream().limit(3).map(HostileQuotesTest::codes).toList(), "quotes changed");
        assertEquals(quotes.stream().sorted().toList(), shown.stream().sorted().toList(), "each quote once");
        for (Element q : page.select("bdi.quote-text")) {
            assertEquals(1, q.select("mark").size(), q.outerHtml());
            assertTrue(q.selectFirst("mark").text().matches("\\d+"), q.outerHtml());
        }
    }

    @Test
    void titlesPublishersAndCountriesReadAsWritten() {
        Map<String, Integer> seenTitles = new HashMap<>();
        for (Element c : page.select("cite bdi")) {
            seenTitles.merge(c.wholeText(), 1, Integer::sum);
        }
        for (String t : titles.values()) {
            assertTrue(seenTitles.containsKey(t), t);
        }
        List<String> shownPublishers = page.select("bdi.publisher").eachText().stream().distinct().sorted().toList();
        assertEquals(publishers.values().stream().map(HostileQuotesTest::collapse).distinct().sorted().toList(),
                shownPublishers);
        assertTrue(page.select("h1").text().contains("Kaz<b onclick=alert(1)>akh</b>stan"), page.select("h1").text());
        assertTrue(page.select("h2").eachText().contains("Detentions <script>alert(1)</script>"));
        assertTrue(page.select("title").text().contains("Kaz<b onclick=alert(1)>akh</b>stan"));
    }

    @Test
    void bidiControlsStayInsideIsolates() {
        List<String> outside = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.getWholeText().chars().anyMatch(HostileQuotesTest::isBidiControl)) {
                Element parent = t.parent();
                if (parent == null || parent.closest("bdi") == null) {
                    outside.add(parent == null ? "(root)" : parent.cssSelector());
                }
            }
        }, page.body());
        assertEquals(List.of(), outside);
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }

    /** The string with its non-ASCII and control characters as code points, to read a failure. */
    private static String codes(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? Character.toString(c)
                : String.format(Locale.ROOT, "<U+%04X>", c)));
        return b.toString();
    }

    /** jsoup's {@code text()} collapses runs of whitespace as a browser shows them. */
    private static String collapse(String s) {
        return s.replaceAll("[ \\t\\n\\f\\r]+", " ").strip();
    }
}
