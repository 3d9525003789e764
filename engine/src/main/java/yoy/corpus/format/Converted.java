package yoy.corpus.format;

import java.util.List;

/**
 * A report in another format (a web page, a PDF) turned into the plain text extraction reads, with the
 * structure a plain text file cannot carry.
 *
 * <p>The text follows the conventions of a {@code .txt} report: paragraphs are separated by one blank line
 * ({@code "\n\n"}); each heading, list item and table row is a paragraph of its own; the cells of a table row
 * are separated by a tab. Offsets in {@code headings} and {@code pages} count UTF-16 code units of
 * {@code text}.
 *
 * @param text the report's main text
 * @param headings every heading, in text order
 * @param pages where each page starts, in text order (empty for formats without pages)
 * @param hints metadata the file states about itself (title, site, date); the manifest wins over them
 */
public record Converted(String text, List<Heading> headings, List<Page> pages, Hints hints) {

    public Converted {
        if (text == null || hints == null) {
            throw new IllegalArgumentException("text and hints are required");
        }
        headings = List.copyOf(headings == null ? List.of() : headings);
        pages = List.copyOf(pages == null ? List.of() : pages);
    }

    /** A heading's text is {@code text.substring(start, end)}; {@code level} 1 is the highest (h1). */
    public record Heading(int start, int end, int level) {
        public Heading {
            if (start < 0 || end <= start || level < 1) {
                throw new IllegalArgumentException("bad heading [" + start + ", " + end + ") level " + level);
            }
        }
    }

    /** Page {@code number} (as printed on it when known, else its index from 1) starts at {@code start}. */
    public record Page(int start, int number) {
        public Page {
            if (start < 0 || number < 1) {
                throw new IllegalArgumentException("bad page " + number + " at " + start);
            }
        }
    }

    /**
     * What a file says about itself; empty strings when it says nothing.
     *
     * @param title the document's title ({@code <title>}, {@code og:title}, the PDF's Title)
     * @param site the publisher's site or name ({@code og:site_name}, the PDF's Author or Creator is not used)
     * @param published the publication date as written ({@code article:published_time}, a visible dateline)
     */
    public record Hints(String title, String site, String published) {
        public static final Hints NONE = new Hints("", "", "");

        public Hints {
            title = title == null ? "" : title.strip();
            site = site == null ? "" : site.strip();
            published = published == null ? "" : published.strip();
        }
    }
}
