package yoy.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='x",
            "&amp; &lt; &#60;", "</textarea><!-- ]]>", "\u202Eevil\u2066x", "\u0001\u0007\u001B\u007F\u0085",
            "emoji \uD83D\uDE00", "plain text"})
    void textAndAttributeRoundTripThroughAParser(String s) {
        Element p = Jsoup.parseBodyFragment("<p title=\"" + Html.attr(s) + "\">" + Html.text(s) + "</p>").selectFirst("p");
        assertEquals(s, p.wholeText());
        assertEquals(s, p.attr("title"));
        assertEquals(1, p.attributes().size());
        assertEquals(0, p.children().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\0b", "a\uD800b", "a\uDC00b"})
    void charactersHtmlCannotCarryBecomeReplacementCharacters(String s) {
        assertEquals("a\uFFFDb", Html.text(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/report", "http://example.org/", "HTTPS://EXAMPLE.ORG/x?a=1&b=\"2\""})
    void webAddressesBecomeLinks(String url) {
        assertTrue(Html.isSafeUrl(url));
        Element a = Jsoup.parseBodyFragment(Html.link(url, url)).selectFirst("a");
        assertEquals(url, a.attr("href"));
        assertEquals(url, a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/", "https:///x", "http://",
            "https://exa mple.org/", "https://example.org/\u202E", "ftp://example.org/", "", "relative/path"})
    void otherAddressesStayText(String url) {
        assertFalse(Html.isSafeUrl(url));
        assertNull(Html.href(url));
        Element body = Jsoup.parseBodyFragment(Html.link(url, "x")).body();
        assertEquals(0, body.select("a").size());
        assertEquals(url, body.selectFirst("bdi").wholeText());
    }
}
