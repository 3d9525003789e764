package yoy.corpus.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Reads a PDF report (an annual report with a chapter per country, often in two columns; a world report; an
 * NGO briefing) into the plain text extraction reads, with Apache PDFBox.
 *
 * <p>Each page's glyphs are grouped into rows ({@link PdfRows}), put in reading order column by column
 * ({@link PdfColumns}) and written as lines without footnote markers ({@link PdfLineText}). Once every page is
 * read, running headers, footers and page numbers are dropped ({@link PdfRunningLines}) and the lines are joined
 * into paragraphs and headings, undoing end-of-line hyphenation ({@link PdfParagraphs}, {@link PdfHyphens}).
 * Only one page's glyphs are held at a time; the document is held as lines of text. See docs/pdf-input.md.
 */
public final class PdfText {

    /** The largest file read: 256 MiB (a 400-page annual report with photographs is 20-60 MB). */
    public static final int MAX_BYTES = 256 * 1024 * 1024;

    static {
        PdfLogging.install(); // before any PDFBox class asks commons-logging for its log
    }

    /** The refusal of a PDF of {@code size} bytes, over {@link #MAX_BYTES}: also said before such a file is read. */
    public static YoyException tooLarge(String display, long size) {
        return data(display, String.format(Locale.ROOT, "is %,d MiB, more than the %d MiB yoy reads", size >> 20,
                MAX_BYTES >> 20), "split it into parts (for example with qpdf --split-pages)");
    }

    private PdfText() {
    }

    /**
     * The text of a PDF, with its headings, page starts and the title its document information states.
     *
     * @param bytes the file's content
     * @param display the file's name as messages show it
     * @throws YoyException ExitCode.DATA, one line naming {@code display} (and the page when known), when the
     *     file is not a PDF, is truncated, damaged, encrypted with a password, too large or has no text layer
     */
    public static Converted read(byte[] bytes, String display) {
        if (bytes == null || bytes.length == 0) {
            throw data(display, "is empty (0 bytes)", "download or export the report again");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(display, bytes.length);
        }
        if (!PdfBytes.hasHeader(bytes)) {
            throw data(display, "is not a PDF (" + PdfBytes.lookalike(bytes) + ")",
                    "save the report as a PDF, or give the file the extension of its real format");
        }
        if (!PdfBytes.hasEnd(bytes)) {
            throw data(display, "is damaged or truncated (its last 1024 bytes lack the %%EOF end marker, "
                    + "so pages past the cut would be lost)", "download the report again");
        }
        PdfFonts.install();
        PDDocument document;
        try {
            // Reads from the array itself (a RandomAccessReadBuffer over it), with a memory-only cache for the
            // few streams PDFBox creates: the file is already in memory, and a scratch file would only add I/O.
            document = Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw data(display, "is encrypted with a password",
                    "save a copy without the password (for example qpdf --decrypt --password=... in.pdf out.pdf) "
                            + "and read that");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw data(display, "is damaged or truncated (" + reason(e) + ")",
                    "open it in a PDF reader and save a new copy, or download it again");
        }
        try (document) {
            return read(document, display);
        } catch (IOException e) {
            throw data(display, "is damaged (" + reason(e) + ")",
                    "open it in a PDF reader and save a new copy, or download it again");
        }
    }

    private static Converted read(PDDocument document, String display) {
        int pageCount = document.getNumberOfPages();
        List<PdfLine> lines = new ArrayList<>();
        int[] flows = {0};
        List<float[]> gutters = new ArrayList<>();
        PdfPageGlyphs reader = new PdfPageGlyphs((number, height, glyphs) -> {
            List<PdfColumns.Placed> placed = PdfColumns.order(PdfRows.of(glyphs), gutters);
            List<PdfLine> page = new ArrayList<>(placed.size());
            int most = -1;
            for (PdfColumns.Placed p : placed) {
                PdfLine line = PdfLineText.of(number, p, flows[0] + p.flow());
                if (!line.text().isEmpty()) {
                    page.add(line);
                }
                most = Math.max(most, p.flow());
            }
            flows[0] += most + 1;
            lines.addAll(PdfRunningLines.bands(page, height));
        });
        try {
            reader.read(document);
        } catch (YoyException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw data(display + " (page " + reader.pageNumber() + ")", "is damaged (" + reason(e) + ")",
                    "open it in a PDF reader and save a new copy, or download it again");
        }
        float body = PdfParagraphs.bodySize(lines);
        BitSet running = PdfRunningLines.find(lines, pageCount, body);
        List<PdfLine> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!running.get(i)) {
                kept.add(lines.get(i));
            }
        }
        if (kept.isEmpty()) {
            int images = imagePages(document);
            throw images > 0
                    ? data(display, "has no text layer (" + pages(pageCount) + (images == pageCount ? " of images"
                            : ", " + images + " with images") + ")",
                            "run OCR first (for example ocrmypdf in.pdf out.pdf) and read the OCR'd copy")
                    : data(display, "has no text (" + pages(pageCount) + " without text or images)",
                            "check that this is the report you meant");
        }
        String title = title(document);
        Converted c = PdfParagraphs.build(kept, new Converted.Hints(title, "", ""));
        return new Converted(c.text(), c.headings(), printedNumbers(document, c.pages(), pageCount),
                new Converted.Hints(title, "", PdfDateLine.find(c)));
    }

    private static String pages(int n) {
        return n == 1 ? "1 page" : n + " pages";
    }

    /**
     * The document information's Title, unless it is only the name of the file the PDF was made from
     * ("Microsoft Word - report_final.docx"), which word processors write when the author set no title.
     */
    private static String title(PDDocument document) {
        String t;
        try {
            t = document.getDocumentInformation().getTitle();
        } catch (RuntimeException e) {
            return "";
        }
        if (t == null) {
            return "";
        }
        t = t.replaceAll("\\s+", " ").strip().replaceFirst("^Microsoft (?:Word|PowerPoint) - ", "");
        boolean fileName = t.matches("(?i).*\\.(?:docx?|odt|rtf|indd|qxp|pptx?|xlsx?|pdf|html?|txt)")
                || t.equalsIgnoreCase("untitled");
        return fileName ? "" : t;
    }

    /** Pages with their printed numbers when the document labels every page with a number, else as given. */
    private static List<Converted.Page> printedNumbers(PDDocument document, List<Converted.Page> pages, int count) {
        String[] labels;
        try {
            PDPageLabels pageLabels = document.getDocumentCatalog().getPageLabels();
            labels = pageLabels == null ? null : pageLabels.getLabelsByPageIndices();
        } catch (IOException | RuntimeException e) {
            labels = null; // the labels are a nicety; the page indices are right anyway
        }
        if (labels == null || labels.length != count) {
            return pages;
        }
        int[] numbers = new int[count];
        for (int i = 0; i < count; i++) {
            if (labels[i] == null || !labels[i].matches("[1-9]\\d{0,5}")) {
                return pages;
            }
            numbers[i] = Integer.parseInt(labels[i]);
        }
        List<Converted.Page> out = new ArrayList<>(pages.size());
        for (Converted.Page p : pages) {
            out.add(new Converted.Page(p.start(), numbers[p.number() - 1]));
        }
        return out;
    }

    private static int imagePages(PDDocument document) {
        int n = 0;
        for (PDPage page : document.getPages()) {
            try {
                PDResources resources = page.getResources();
                if (resources == null) {
                    continue;
                }
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.isImageXObject(name)) {
                        n++;
                        break;
                    }
                }
            } catch (RuntimeException e) {
                // an unreadable page counts as one without images
            }
        }
        return n;
    }

    /** A one-line reason from a PDFBox exception. */
    private static String reason(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "its objects are nested too deeply";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }

    private static YoyException data(String where, String problem, String fix) {
        return new YoyException(ExitCode.DATA, YoyException.at(where, 0, 0, problem, fix));
    }
}
