package yoy.corpus.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Web pages to text. Realistic pages live in {@code formats/html/}: {@code NAME.html} with the exact text
 * ({@code NAME.expected.txt}) and the hints and headings ({@code NAME.hints.txt}) expected from it. The
 * pages are invented for the tests; no wording is taken from a real report.
 */
class HtmlTextTest {

    private static final String DISPLAY = "page.html";

    static Path root() throws URISyntaxException {
        return Path.of(HtmlTextTest.class.getResource("/formats/html").toURI());
    }

    static Stream<String> pages() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(root())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageReadsAsExpected(String name) throws Exception {
        Converted c = HtmlText.read(Files.readAllBytes(root().resolve(name + ".html")), name + ".html");
        String expected = Files.readString(root().resolve(name + ".expected.txt"), StandardCharsets.UTF_8);
        assertEquals(expected.endsWith("\n") ? expected.substring(0, expected.length() - 1) : expected, c.text());
        List<String> hints = Files.readAllLines(root().resolve(name + ".hints.txt"), StandardCharsets.UTF_8);
        assertEquals(hints, describe(c));
        assertTrue(c.pages().isEmpty());
    }

    /** The hints and headings as in a {@code .hints.txt} file. */
    private static List<String> describe(Converted c) {
        List<String> lines = new ArrayList<>(List.of("title: " + c.hints().title(), "site: " + c.hints().site(),
                "published: " + c.hints().published()));
        for (Converted.Heading h : c.headings()) {
            lines.add("h" + h.level() + ": " + c.text().substring(h.start(), h.end()));
        }
        return lines;
    }

    private static Converted read(String html) {
        return HtmlText.read(html.getBytes(StandardCharsets.UTF_8), DISPLAY);
    }

    private static String text(String body) {
        return read("<html><head><title>T</title></head><body>" + body + "</body></html>").text();
    }

    private static String refusal(byte[] bytes) {
        YoyException e = assertThrows(YoyException.class, () -> HtmlText.read(bytes, DISPLAY));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertFalse(e.getMessage().contains("\n"));
        return e.getMessage();
    }

    // ---- structure ----

    static Stream<Arguments> structureCases() {
        return Stream.of(
            arguments("<p>Police detained <strong>17</strong>0 people.</p>", "Police detained 170 people."),
            arguments("<p><em>1</em>,<em>200</em> protesters</p>", "1,200 protesters"),
            arguments("<p>at least <a href='/x'>37</a> people</p>", "at least 37 people"),
            arguments("<p>a <b>bold</b> <i>move</i></p>", "a bold move"),
            arguments("<div>First</div><div>Second</div>", "First\n\nSecond"),
            arguments("<p>a&nbsp;&nbsp; b\n   c\t d</p>", "a b c d"),
            arguments("<p>9&#8239;900 and 4&#160;000 people</p>", "9 900 and 4 000 people"),
            arguments("<p>extre&shy;mism and zero&#8203;width</p>", "extremism and zerowidth"),
            arguments("<p>  leading and trailing  </p>", "leading and trailing"),
            arguments("<ul><li>one</li><li>two <ul><li>two and a half</li></ul></li></ul>", "one\n\ntwo\n\ntwo and a half"),
            arguments("<dl><dt>Detained</dt><dd>1,200 people</dd></dl>", "Detained\n\n1,200 people"),
            arguments("<blockquote><p>We will appeal,</p> she said.</blockquote>", "We will appeal,\n\nshe said."),
            arguments("<figure><img src='a.jpg' alt='ignored'><figcaption>Police in Novigrad.</figcaption></figure>",
                    "Police in Novigrad."),
            arguments("<pre>line 1\n\nline   2\n  line <b>3</b></pre>", "line 1\n\nline 2\n\nline 3"),
            arguments("<p>text<span>glued</span><div>block</div>after</p>", "textglued\n\nblock\n\nafter"),
            arguments("<p>a<img src='x.png'>b</p>", "ab"));
    }

    @ParameterizedTest
    @MethodSource("structureCases")
    void structure(String body, String expected) {
        assertEquals(expected, text(body));
    }

    static Stream<Arguments> lineBreakCases() {
        return Stream.of(
            arguments("<p>first line<br>second line</p>", "first line\nsecond line"),
            arguments("<p>first<br> <br>second</p>", "first\n\nsecond"),
            arguments("<p>first<br><br><br><br>second</p>", "first\n\nsecond"),
            arguments("<p><br>only<br></p>", "only"),
            arguments("<div>a<br>b<br><br>c<br>d</div>", "a\nb\n\nc\nd"),
            arguments("<p>a <br> b</p>", "a\nb"),
            arguments("<h2>two<br>lines</h2>", "two lines"));
    }

    @ParameterizedTest
    @MethodSource("lineBreakCases")
    void lineBreaks(String body, String expected) {
        assertEquals(expected, text(body));
    }

    static Stream<Arguments> footnoteCases() {
        return Stream.of(
            arguments("<p>32 people<sup>12</sup> were detained.</p>", "32 people were detained."),
            arguments("<p>in 2020<sup>4</sup>, up from 21</p>", "in 2020, up from 21"),
            arguments("<p>37 cases<sup><a href='#fn3'>3</a></sup> in 2021</p>", "37 cases in 2021"),
            arguments("<p>37 cases<sup><a href='#fn3'>[iv]</a></sup></p>", "37 cases"),
            arguments("<p>1,200 protesters<a class='footnote' href='#n3'>[3]</a> were fined</p>",
                    "1,200 protesters were fined"),
            arguments("<p>14 people<a href='#_ftn2' name='_ftnref2'>[2]</a></p>", "14 people"),
            arguments("<p>the 1<sup>st</sup> of May</p>", "the 1st of May"),
            arguments("<p><sup>1</sup> Interviews in Novigrad, 2021.</p>", "1 Interviews in Novigrad, 2021."),
            arguments("<p>see <a href='/report'>12</a> cases</p>", "see 12 cases"));
    }

    @ParameterizedTest
    @MethodSource("footnoteCases")
    void footnoteMarkers(String body, String expected) {
        assertEquals(expected, text(body));
    }

    @Test
    void headingsAreParagraphsWithOffsets() {
        Converted c = read("<html><body><article><h1>Karvistan</h1><p>Intro.</p><h2>Freedom of <em>Assembly</em></h2>"
                + "<p>Text.</p><h3>Two<br>lines</h3><h4> </h4></article></body></html>");
        assertEquals("Karvistan\n\nIntro.\n\nFreedom of Assembly\n\nText.\n\nTwo lines", c.text());
        assertEquals(List.of(new Converted.Heading(0, 9, 1), new Converted.Heading(19, 38, 2),
                new Converted.Heading(47, 56, 3)), c.headings());
    }

    @Test
    void dataTableRowsAreParagraphsWithTabbedCells() {
        String body = "<p>Convictions by year:</p><table><caption>Convictions</caption>"
                + "<tr><th>Year</th><th>Cases</th><th>Note</th></tr>"
                + "<tr><td>2019</td><td><b>2</b>1</td><td></td></tr>"
                + "<tr><td>2020</td><td><p>37</p><p>people</p></td><td>up</td></tr>"
                + "<tr><td></td><td></td><td></td></tr></table><p>After.</p>";
        assertEquals("Convictions by year:\n\nConvictions\n\nYear\tCases\tNote\n\n2019\t21\t\n\n2020\t37 people\tup"
                + "\n\nAfter.", text(body));
    }

    @Test
    void aTableWhoseNamesAreLinksIsStillData() {
        String body = "<table><tr><td><a href='/p/1'>Timur Abenov, blogger</a></td><td>5</td></tr>"
                + "<tr><td><a href='/p/2'>Irena Vass, lawyer</a></td><td>3</td></tr></table>";
        assertEquals("Timur Abenov, blogger\t5\n\nIrena Vass, lawyer\t3", text(body));
    }

    @Test
    void layoutTableCellsAreBlocks() {
        String prose = "Officers detained 86 people on the square, and reports were drawn up against 64 of them. ";
        String body = "<article><table><tr><td><h2>Statement</h2><p>" + prose + "</p><p>" + prose + "</p></td>"
                + "<td><p>Second column.</p></td></tr></table></article>";
        assertEquals("Statement\n\n" + prose.strip() + "\n\n" + prose.strip() + "\n\nSecond column.", text(body));
    }

    // ---- what is dropped ----

    @Test
    void hiddenAndNonTextElementsYieldNothing() {
        String body = "<main><p>Kept 1.</p>"
                + "<p hidden>hidden attribute</p><div aria-hidden='true'>aria hidden</div>"
                + "<p style='color: red; display : none'>display none</p><p style='visibility:hidden'>invisible</p>"
                + "<span class='sr-only'>screen reader</span><div class='hidden'>hidden class</div>"
                + "<div class='hidden md:block'>Kept 2.</div>"
                + "<script>var x = 'script';</script><style>p { color: red }</style><noscript>noscript</noscript>"
                + "<template><p>template</p></template><svg><text>svg</text></svg><iframe>iframe</iframe>"
                + "<form><label>Your email</label><input value='x'><button>Send</button></form>"
                + "<nav><a href='/'>Home</a></nav><aside>aside</aside><footer>footer</footer>"
                + "<!-- a comment --><p>Kept 3.</p></main>";
        assertEquals("Kept 1.\n\nKept 2.\n\nKept 3.", text(body));
    }

    @Test
    void boilerplateInsideTheArticleGoes() {
        String prose = "Police detained 1,200 protesters in 2021, most of them in January, monitors said. ";
        String body = "<article><h1>Title</h1>"
                + "<div class='share-bar'>Share this via Facebook, Twitter or email</div>"
                + "<div class='cookie-notice'>We use cookies, 3 of them.</div>"
                + "<p>" + prose + "</p>"
                + "<ul><li><a href='/a'>Karvistan: 12 jailed</a></li><li><a href='/b'>Other story about 40 people</a>"
                + "</li></ul>"
                + "<p><strong>Read more:</strong> <a href='/c'>Thousands protest media law in Port Ellis</a></p>"
                + "<p>" + prose + "</p>"
                + "<section><h2>Related stories</h2><div class='card'><h3>Editor fined 200,000</h3>"
                + "<p>A regional editor was fined 200,000 for a story about the police, a court said.</p></div></section>"
                + "</article>";
        assertEquals("Title\n\n" + prose.strip() + "\n\n" + prose.strip(), text(body));
    }

    @Test
    void aWrapperWithABoilerplateClassKeepsTheContentItHolds() {
        String prose = "The ministry said 86 people were taken to police stations after the rally, and 22 released. ";
        String body = "<div class='layout has-sidebar'><div class='col'><p>" + prose + "</p><p>" + prose + "</p></div>"
                + "<div class='sidebar'><p>Short sidebar text here.</p></div></div>";
        assertEquals(prose.strip() + "\n\n" + prose.strip(), text(body));
    }

    @Test
    void textSplitAmongBoilerplateLookingBlocksIsStillRead() {
        String body = "<div class='promo'><p>First third, 12 people.</p></div><div class='promo'><p>Second third.</p>"
                + "</div><div aria-hidden='true'><p>Last third.</p></div>";
        assertEquals("First third, 12 people.\n\nSecond third.\n\nLast third.", text(body));
    }

    @Test
    void commentsMarkedUpAsArticlesAreDropped() {
        String prose = "Authorities blocked 48 news sites after the media law took effect, a monitor said. ";
        String html = "<html><body><main><article class='post'><h1>Blocked</h1><p>" + prose + "</p><p>" + prose
                + "</p></article><div id='comments' class='comments-area'><ol class='comment-list'>"
                + "<li><article class='comment-body'><p>I counted 60 sites, not 48, and the list keeps growing.</p>"
                + "</article></li></ol></div></main></body></html>";
        assertEquals("Blocked\n\n" + prose.strip() + "\n\n" + prose.strip(), read(html).text());
    }

    // ---- finding the main content ----

    @Test
    void mainIsPreferredAndNarrowedToItsArticle() {
        String prose = "Courts handed at least 240 protesters administrative arrests of up to 15 days, lawyers said. ";
        String html = "<html><body><div><p>" + prose + "</p><p>" + prose + "</p><p>" + prose + "</p></div>"
                + "<main><div class='hero'><h1>Karvistan</h1><p>Events of 2021</p></div>"
                + "<article><p>Inside the article, 37 people.</p><p>" + prose + "</p></article>"
                + "<div class='box'><p>Outside the article.</p></div></main></body></html>";
        assertEquals("Karvistan\n\nInside the article, 37 people.\n\n" + prose.strip(), read(html).text());
    }

    @Test
    void aListOfTeaserArticlesFallsBackToScoring() {
        String prose = "The court sentenced 12 activists to prison terms of between one and four years, lawyers said. ";
        StringBuilder html = new StringBuilder("<html><body><div class='teasers'>");
        for (int i = 1; i <= 4; i++) {
            html.append("<article><h3><a href='/s").append(i).append("'>Story ").append(i)
                    .append("</a></h3><p>Teaser ").append(i).append(".</p></article>");
        }
        html.append("</div><div class='story'><p>").append(prose).append("</p><p>").append(prose)
                .append("</p></div></body></html>");
        assertEquals(prose.strip() + "\n\n" + prose.strip(), read(html.toString()).text());
    }

    @Test
    void scoringPicksTheProseBlockAndItsSiblings() {
        String prose = "After the participants refused to comply, 86 people were taken to police stations, officials said. ";
        String body = "<div id='menu'><p><a href='/'>Home</a> <a href='/news'>News</a></p></div>"
                + "<div id='wrap'><div class='part'><p>" + prose + "</p><p>" + prose + "</p></div>"
                + "<div class='part'><p>" + prose + "</p></div>"
                + "<div class='box'><p>Phone the hotline.</p></div></div>"
                + "<div id='bottom'><p>Copyright 2021, all rights reserved, the Ministry.</p></div>";
        String p = prose.strip();
        assertEquals(p + "\n\n" + p + "\n\n" + p, text(body));
    }

    @Test
    void theTitleIsKeptOnceWhenItStandsOutsideTheArticle() {
        String prose = "Police detained 1,200 protesters in 2021, most of them in January, monitors said. ";
        String outside = "<html><head><title>Karvistan | Site</title></head><body><header class='site'><h1>Site</h1>"
                + "</header><div class='page-title'><h1>Karvistan</h1></div><article><p>" + prose + "</p><p>"
                + prose + "</p></article></body></html>";
        assertEquals("Karvistan\n\n" + prose.strip() + "\n\n" + prose.strip(), read(outside).text());
        String inside = "<html><body><h1>Karvistan</h1><article><h1>Karvistan</h1><p>" + prose + "</p></article>"
                + "</body></html>";
        assertEquals("Karvistan\n\n" + prose.strip(), read(inside).text());
    }

    // ---- hints ----

    static Stream<Arguments> titleCases() {
        String ld = "<script type='application/ld+json'>";
        return Stream.of(
            arguments("<meta property='og:title' content='Karvistan | RWI'><meta property='og:site_name' content='RWI'>",
                    "Karvistan", "RWI"),
            arguments("<title>Court jails 12 - The Ledger</title><meta name='application-name' content='The Ledger'>",
                    "Court jails 12", "The Ledger"),
            arguments("<title>The Ledger | Court jails 12</title><meta property='og:site_name' content='the ledger'>",
                    "Court jails 12", "the ledger"),
            arguments("<title>Court jails 12 - The Ledger</title>", "Court jails 12 - The Ledger", ""),
            arguments("<title>Court jails 12 :: Other</title><meta property='og:site_name' content='Ledger'>",
                    "Court jails 12 :: Other", "Ledger"),
            arguments("<title>Ledger</title><meta property='og:site_name' content='Ledger'>", "Ledger", "Ledger"),
            arguments("<meta property='og:title' content='OG title'><title>Title tag</title>", "OG title", ""),
            arguments("", "Heading One", ""),
            arguments(ld + "{\"@graph\": [{\"@type\": \"WebSite\"}, {\"publisher\": {\"name\": \"LD Org\"}}]}</script>",
                    "Heading One", "LD Org"),
            arguments(ld + "{ not json</script>", "Heading One", ""));
    }

    @ParameterizedTest
    @MethodSource("titleCases")
    void titleAndSite(String head, String title, String site) {
        Converted c = read("<html><head>" + head + "</head><body><h1>Heading One</h1>"
                + "<p>Some text of the page, 12 people.</p></body></html>");
        assertEquals(title, c.hints().title());
        assertEquals(site, c.hints().site());
    }

    static Stream<Arguments> publishedCases() {
        return Stream.of(
            arguments("<meta property='article:published_time' content='2021-03-12T10:00:00Z'>", "",
                    "2021-03-12T10:00:00Z"),
            arguments("<meta name='date' content='2021-03-12'>", "", "2021-03-12"),
            arguments("<meta name='DC.date' content='12.03.2021'>", "", "12.03.2021"),
            arguments("<script type='application/ld+json'>[{\"datePublished\": \"2021-03-14\"}]</script>", "",
                    "2021-03-14"),
            arguments("", "<p><time datetime='2021-03-15'>Monday</time></p>", "2021-03-15"),
            arguments("", "<p><time>15 March 2021</time></p>", "15 March 2021"),
            arguments("", "<p>Published 12 March 2021 | By Dana Whitcombe</p>", "12 March 2021"),
            arguments("", "<p>Sept. 3, 2020</p>", "Sept. 3, 2020"),
            arguments("", "<p>ALMATY, March 3, 2021 (Ledger) \u2014 Police detained dozens of people near the square on"
                    + " Thursday.</p>", "March 3, 2021"),
            arguments("", "<p>On 12 March 2021, police detained 30 people in the capital.</p>", ""),
            arguments("", "<p>Police said that on 12 March 2021 they had detained 30 people in the capital after a"
                    + " rally that lasted several hours.</p>", ""),
            arguments("", "", ""));
    }

    @ParameterizedTest
    @MethodSource("publishedCases")
    void published(String head, String body, String expected) {
        Converted c = read("<html><head>" + head + "</head><body><article><h1>Title</h1>"
                + body + "<p>Police detained 1,200 protesters in 2021, monitors said.</p>"
                + "</article></body></html>");
        assertEquals(expected, c.hints().published());
    }

    @Test
    void aDateInTheTitleBlockOutsideTheArticleIsFound() {
        String html = "<html><body><div class='page-title'><h1>Karvistan</h1><span class='date'>9 June 2021</span>"
                + "</div><article><p>Police detained 1,200 protesters in 2021, most of them in January.</p>"
                + "<p>Courts handed at least 240 of them administrative arrests of up to 15 days.</p></article>"
                + "</body></html>";
        assertEquals("9 June 2021", read(html).hints().published());
    }

    // ---- encodings ----

    private static final String RUSSIAN = "Полиция задержала 1200 человек";

    static Stream<Arguments> cyrillicCases() {
        return Stream.of(
            arguments("windows-1251", "<meta charset=\"windows-1251\">"),
            arguments("KOI8-R", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"));
    }

    @ParameterizedTest
    @MethodSource("cyrillicCases")
    void cyrillicPagesAreDecodedByTheirDeclaredCharset(String charset, String meta) {
        byte[] bytes = ("<html><head>" + meta + "<title>Новости</title></head><body><p>" + RUSSIAN
                + ".</p></body></html>").getBytes(Charset.forName(charset));
        Converted c = HtmlText.read(bytes, DISPLAY);
        assertEquals(RUSSIAN + ".", c.text());
        assertEquals("Новости", c.hints().title());
    }

    @Test
    void isoLatin1PageIsDecoded() {
        String text = "Le gouvernement a arrêté 37 personnes à Genève en été, selon l'ONG.";
        byte[] bytes = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>"
                + "</head><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(text, HtmlText.read(bytes, DISPLAY).text());
    }

    @Test
    void aCharsetDeclaredAfterTheFirstKilobytesIsStillHonoured() {
        String head = "<html><head><style>" + "/* padding */ ".repeat(600) + "</style><meta charset='windows-1251'>";
        byte[] bytes = (head + "</head><body><p>" + RUSSIAN + "</p></body></html>")
                .getBytes(Charset.forName("windows-1251"));
        assertEquals(RUSSIAN, HtmlText.read(bytes, DISPLAY).text());
    }

    @Test
    void byteOrderMarksWin() {
        byte[] utf8 = ("\ufeff<html><head><meta charset='windows-1251'></head><body><p>" + RUSSIAN + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(RUSSIAN, HtmlText.read(utf8, DISPLAY).text());
        byte[] utf16 = ("\ufeff<html><body><p>" + RUSSIAN + "</p></body></html>").getBytes(StandardCharsets.UTF_16LE);
        assertEquals(RUSSIAN, HtmlText.read(utf16, DISPLAY).text());
    }

    @Test
    void aUtf16DeclarationWithoutBomMeansUtf8() {
        byte[] bytes = ("<html><head><meta charset='utf-16'></head><body><p>" + RUSSIAN + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(RUSSIAN, HtmlText.read(bytes, DISPLAY).text());
    }

    @Test
    void invalidUtf8BytesAreReplaced() {
        byte[] bytes = "<p>37 people \u0000</p>".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xff;
        assertEquals("37 people \ufffd", HtmlText.read(bytes, DISPLAY).text());
    }

    static Stream<Arguments> undecodableCases() {
        return Stream.of(
            arguments("<meta charset='x-made-up-8'>", "x-made-up-8"),
            arguments("<meta http-equiv='content-type' content='text/html; charset={{charset}}'>", "{{charset}}"));
    }

    @ParameterizedTest
    @MethodSource("undecodableCases")
    void anUndecodableCharsetIsRefused(String meta, String name) {
        byte[] bytes = ("<html><head>" + meta + "</head><body><p>Text, 12 people.</p></body></html>")
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(DISPLAY + ": declares charset " + name + ", which Java cannot decode; save the page as UTF-8",
                refusal(bytes));
    }

    // ---- limits and bad input ----

    @Test
    void aPageOverTheLimitIsRefused() {
        assertEquals(DISPLAY + ": is 50.0 MB, over the 32 MB limit for a web page; save the article alone or as .txt",
                refusal(new byte[50 * 1024 * 1024]));
        assertEquals(DISPLAY + ": is 32.1 MB, over the 32 MB limit for a web page; save the article alone or as .txt",
                refusal(new byte[HtmlText.MAX_BYTES + 1]));
    }

    @Test
    void binaryFilesAreRefused() {
        byte[] nul = "<html><body><p>12 people</p>\u0000</body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(DISPLAY + ": holds binary data (a NUL byte at byte 28), not a web page; save the page as HTML"
                + " or its text as .txt", refusal(nul));
        assertEquals(DISPLAY + ": is a PDF file, not a web page; give it the .pdf extension",
                refusal("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(DISPLAY + ": is a ZIP archive (a .docx, .epub or .zip), not a web page; save the report's text"
                + " as .txt", refusal(new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertEquals(DISPLAY + ": is a PNG image, not a web page; save the report's text as .txt",
                refusal(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
    }

    static Stream<String> emptyPages() {
        return Stream.of("",
            "<html></html>",
            "<html><head><title>Only a title</title><script>var a = 12;</script></head><body> </body></html>",
            "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><footer>2021</footer></body></html>",
            "<html><body><p>&nbsp;&mdash;&nbsp;</p></body></html>");
    }

    @ParameterizedTest
    @MethodSource("emptyPages")
    void aPageWithoutTextIsRefused(String html) {
        assertEquals(DISPLAY + ": holds no readable text (only navigation, scripts or markup); check that it is the"
                + " saved article, or save its text as .txt", refusal(html.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- work bounds ----

    private static byte[] paragraphs(int n) {
        StringBuilder sb = new StringBuilder("<html><head><title>Big</title></head><body>\n");
        for (int i = 0; i < n; i++) {
            sb.append("<p>Paragraph ").append(i).append(": police detained 17 people in 2021.</p>\n");
        }
        return sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void workGrowsLinearlyWithThePage() {
        byte[] big = paragraphs(100_000);
        assertTrue(big.length > 5_000_000, "the page is over 5 MB");
        Work bigWork = new Work();
        Converted c = HtmlText.read(big, DISPLAY, bigWork);
        assertEquals(100_000, c.text().split("\n\n").length);
        // 100,000 paragraphs, 100,000 text nodes and as many newlines between them: about 300,000 nodes.
        assertTrue(bigWork.steps() <= 4 * 300_010, "steps " + bigWork.steps());
        Work smallWork = new Work();
        HtmlText.read(paragraphs(10_000), DISPLAY, smallWork);
        assertTrue(bigWork.steps() <= 11 * smallWork.steps(), bigWork.steps() + " vs " + smallWork.steps());
    }

    @ParameterizedTest
    @CsvSource({"div", "span", "blockquote", "table", "ul"})
    void deeplyNestedPagesDoNotOverflowTheStack(String tag) {
        String open = switch (tag) {
            case "table" -> "<table><tr><td>";
            case "ul" -> "<ul><li>";
            default -> "<" + tag + ">";
        };
        String html = "<html><body>" + open.repeat(10_000) + "Deep inside, 12 people." + "</body></html>";
        Work work = new Work();
        Converted c = HtmlText.read(html.getBytes(StandardCharsets.UTF_8), DISPLAY, work);
        assertEquals("Deep inside, 12 people.", c.text());
        assertTrue(work.steps() < 200_000, "steps " + work.steps());
    }

    @Test
    void entryPointIsTheOnlyPublicType() {
        long publicTypes = Arrays.stream(new Class<?>[] {Work.class, Spaces.class, ByteSniff.class, PageCharset.class,
            Boilerplate.class, Tally.class, Tallies.class, Tags.class, ContentFinder.class, ParagraphWriter.class,
            Footnotes.class, TextPass.class, Dateline.class, JsonLd.class, MetaTags.class, PageHints.class,
            MainText.class}).filter(k -> java.lang.reflect.Modifier.isPublic(k.getModifiers())).count();
        assertEquals(0, publicTypes);
    }
}
