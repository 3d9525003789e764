package yoy.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import yoy.corpus.format.Converted;
import yoy.corpus.format.HtmlText;
import yoy.corpus.format.PdfText;
import yoy.corpus.format.ReportFormat;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * A report in a format other than plain text (a web page, a PDF), read whole and converted: its bytes'
 * SHA-256, its main text with headings and pages, and its country chapters when it is a book of them.
 */
record ConvertedFile(String sha256, Converted converted, Layout layout, List<Chapters.Chapter> chapters) {

    /** Reads and converts {@code path}; every problem is a one-line {@link YoyException} naming {@code display}. */
    static ConvertedFile read(Path path, String display, ReportFormat format) {
        long limit = format == ReportFormat.PDF ? PdfText.MAX_BYTES : HtmlText.MAX_BYTES;
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > limit) { // said before the file is read into memory
                throw format == ReportFormat.PDF ? PdfText.tooLarge(display, size) : HtmlText.tooLarge(display, size);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw TextScanner.cannotRead(display, e);
        }
        Converted converted = format == ReportFormat.PDF ? PdfText.read(bytes, display) : HtmlText.read(bytes, display);
        if (converted.text().isBlank()) {
            throw new YoyException(ExitCode.DATA, YoyException.at(display, 0, 0,
                    "holds no readable text", "check that it is the report itself, or remove it"));
        }
        return new ConvertedFile(sha256(bytes), converted, layout(converted), Chapters.of(converted));
    }

    /** The whole report's text and layout, or one chapter's (by its name), with offsets from the chapter's start. */
    Document document(yoy.model.DocumentMeta meta, String chapter) {
        if (chapter == null) {
            return new Document(meta, converted.text(), layout);
        }
        for (Chapters.Chapter c : chapters) {
            if (c.name().equals(chapter)) {
                return new Document(meta, converted.text().substring(c.start(), c.end()), layout.slice(c.start(), c.end()));
            }
        }
        throw new YoyException(ExitCode.DATA, YoyException.at(meta.file(), 0, 0,
                "has no chapter '" + chapter + "' any more (the file changed while the corpus was read?)", "run again"));
    }

    /** Headings as the format told them; locations are pages ("p. 3") in a PDF, else the nearest heading. */
    private static Layout layout(Converted c) {
        int[] headings = c.headings().stream().mapToInt(Converted.Heading::start).toArray();
        if (!c.pages().isEmpty()) {
            return new Layout(headings, c.pages().stream().mapToInt(Converted.Page::start).toArray(),
                    c.pages().stream().map(p -> "p. " + p.number()).toArray(String[]::new));
        }
        return new Layout(headings, headings, c.headings().stream()
                .map(h -> label(c.text().substring(h.start(), Math.min(h.end(), h.start() + MAX_LABEL)))).toArray(String[]::new));
    }

    /** A heading longer than this is cut in a location label (the label cites, it does not quote). */
    private static final int MAX_LABEL = 80;

    private static String label(String heading) {
        return heading.replaceAll("\\s+", " ").strip();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
