package yoy.corpus.format;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Reads a saved web page (an NGO's country chapter, a news item, a press release) as the plain text yoy
 * extracts from: the main content only, without navigation, banners, share bars, related links, comments
 * or scripts, in {@link Converted}'s paragraph conventions, with the page's title, site and date as hints.
 * {@code docs/html-input.md} describes how the main content is found and what is dropped.
 *
 * <p>Beyond {@link Converted}'s conventions: a single {@code "\n"} inside a paragraph is a line break (one
 * {@code <br>}); spaces inside a paragraph are single plain spaces (no-break spaces are normalised).
 *
 * <p>The work is linear in the page's size: each node is visited a fixed number of times, iteratively (a
 * page nested thousands of levels deep cannot overflow the stack).
 */
public final class HtmlText {

    /** The largest page read: 32 MiB. A saved article is rarely over 2 MB; more is a site dump or not HTML. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private HtmlText() {
    }

    /**
     * Converts a web page's bytes, decoded by its BOM, else its declared charset, else as UTF-8.
     *
     * @param bytes the file's content
     * @param display how messages name the file
     * @return the page's main text with its headings and hints (no pages)
     * @throws YoyException ExitCode.DATA, one line naming {@code display}, when the file is too large, is
     *     not HTML, declares a charset Java cannot decode, or holds no readable text
     */
    public static Converted read(byte[] bytes, String display) {
        return read(bytes, display, new Work());
    }

    static Converted read(byte[] bytes, String display, Work work) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(display, bytes.length);
        }
        ByteSniff.check(bytes, display);
        Document doc = PageCharset.parse(bytes, display);
        MetaTags meta = new MetaTags(doc);
        JsonLd ld = new JsonLd();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            ld.read(script.data());
        }
        Converted.Hints head = PageHints.head(doc, meta, ld);

        Element body = doc.body();
        Tallies raw = Tallies.count(body, null, work);
        Tallies clean = Tallies.count(body, raw, work);
        MainText main = MainText.write(clean, head.title(), head.site(), work);
        if (!main.readable()) {
            // The soft rules can take all the text when it is split among several blocks that look like
            // boilerplate, none holding half of it (a page saved with a modal open has aria-hidden blocks):
            // fall back to the hard rules alone rather than refuse a page that has text.
            clean = raw;
            main = MainText.write(raw, head.title(), head.site(), work);
        }
        if (!main.readable()) {
            throw refuse(display, "holds no readable text (only navigation, scripts or markup)",
                    "check that it is the saved article, or save its text as .txt");
        }
        String title = head.title().isEmpty() ? main.firstH1() : head.title();
        String published = PageHints.published(meta, ld, main, clean);
        return new Converted(main.text(), main.headings(), List.of(),
                new Converted.Hints(title, head.site(), published));
    }

    /** MiB rounded up to a tenth, so that a file one byte over the limit does not read "32.0 MB". */
    /** The refusal of a page of {@code size} bytes, over {@link #MAX_BYTES}: also said before such a file is read. */
    public static YoyException tooLarge(String display, long size) {
        return refuse(display, String.format(Locale.ROOT, "is %.1f MB, over the %d MB limit for a web page",
                megabytes(size), MAX_BYTES / (1024 * 1024)), "save the article alone or as .txt");
    }

    private static double megabytes(long bytes) {
        return Math.ceil(bytes * 10.0 / (1024 * 1024)) / 10;
    }

    private static YoyException refuse(String display, String problem, String fix) {
        return new YoyException(ExitCode.DATA, YoyException.at(display, 0, 0, problem, fix));
    }
}
