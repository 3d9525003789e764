package yoy.corpus.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Decodes a page's bytes: a BOM first, then the page's own {@code <meta charset>} or http-equiv
 * content-type, else UTF-8 (jsoup's detection), with three corrections jsoup does not make:
 * a declared charset Java cannot decode is refused instead of silently read as UTF-8; a declaration past
 * jsoup's first 5 KB is still honoured; and a page that declares UTF-16 or UTF-32 without a BOM is read as
 * UTF-8, as browsers do (such a declaration is always a mistake in a byte-oriented file).
 */
final class PageCharset {

    private static final Pattern CONTENT_CHARSET = Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([^\\s,;\"']*)");

    private PageCharset() {
    }

    /** @throws YoyException ExitCode.DATA when the page declares a charset Java cannot decode */
    static Document parse(byte[] bytes, String display) {
        Document doc = jsoup(bytes, null);
        if (ByteSniff.anyBom(bytes)) {
            return doc;
        }
        if (wide(doc.charset())) {
            doc = jsoup(bytes, StandardCharsets.UTF_8.name());
        }
        String declared = declared(doc);
        if (declared.isEmpty()) {
            return doc;
        }
        Charset cs = supported(declared);
        if (cs == null) {
            throw new YoyException(ExitCode.DATA, YoyException.at(display, 0, 0,
                    "declares charset " + declared + ", which Java cannot decode", "save the page as UTF-8"));
        }
        if (wide(cs)) {
            cs = StandardCharsets.UTF_8;
        }
        return cs.equals(doc.charset()) ? doc : jsoup(bytes, cs.name());
    }

    /** UTF-16 or UTF-32: declared without a BOM, a mistake (the declaration itself is in ASCII bytes). */
    private static boolean wide(Charset cs) {
        String name = cs.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    /** The charset the first charset declaration names (the one jsoup reads), or "". */
    private static String declared(Document doc) {
        Element meta = doc.selectFirst("meta[http-equiv=content-type], meta[charset]");
        if (meta == null) {
            return "";
        }
        if (meta.hasAttr("http-equiv")) {
            Matcher m = CONTENT_CHARSET.matcher(meta.attr("content"));
            if (m.find() && !m.group(1).isEmpty()) {
                return m.group(1).strip();
            }
        }
        return meta.attr("charset").strip();
    }

    private static Charset supported(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static Document jsoup(byte[] bytes, String charset) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException e) {
            // A byte array cannot fail to read; jsoup declares the exception for streams in general.
            throw new UncheckedIOException(e);
        }
    }
}
