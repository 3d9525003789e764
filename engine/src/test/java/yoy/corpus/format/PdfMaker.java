package yoy.corpus.format;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds small PDFs in tests with PDFBox itself: text placed line by line with a standard font (the way
 * word processors and layout programs write it, with '-' for the hyphens of split words), and the bad inputs.
 */
final class PdfMaker {

    static {
        PdfLogging.install(); // as PdfText does, before PDFBox's first log
    }

    /**
     * A run of text at (x, y from the top of an A4 page), in points. With {@code wordByWord} each word is placed
     * on its own, a third of the size after the last, and no space is drawn (as TeX and some layout programs
     * write).
     */
    record Run(String text, float x, float y, float size, float rise, boolean wordByWord) {
        Run(String text, float x, float y, float size, float rise) {
            this(text, x, y, size, rise, false);
        }

        static Run at(float x, float y, String text) {
            return new Run(text, x, y, 11, 0);
        }

        static Run words(float x, float y, String text) {
            return new Run(text, x, y, 11, 0, true);
        }
    }

    private final List<List<Run>> pages = new ArrayList<>();
    private int firstLabel;
    private String title;

    PdfMaker page(Run... runs) {
        pages.add(List.of(runs));
        return this;
    }

    /** Sets the document information's Title. */
    PdfMaker title(String value) {
        this.title = value;
        return this;
    }

    /** Labels the pages with numbers from {@code first}, as a report's printed page numbers. */
    PdfMaker labelsFrom(int first) {
        this.firstLabel = first;
        return this;
    }

    byte[] bytes() {
        try (PDDocument doc = build()) {
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same document, encrypted: with {@code user} "" it opens without a password. */
    byte[] encrypted(String user, boolean canExtract) {
        try (PDDocument doc = build()) {
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(canExtract);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", user, permission);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDDocument build() throws IOException {
        PDDocument doc = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (List<Run> runs : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Run r : runs) {
                    float x = r.x();
                    for (String word : r.wordByWord() ? r.text().split(" ") : new String[] {r.text()}) {
                        cs.beginText();
                        cs.setFont(font, r.size());
                        cs.setTextRise(r.rise());
                        cs.newLineAtOffset(x, height - r.y());
                        cs.showText(word);
                        cs.endText();
                        x += (font.getStringWidth(word) / 1000 + 0.33f) * r.size();
                    }
                }
            }
        }
        if (title != null) {
            doc.getDocumentInformation().setTitle(title);
        }
        if (firstLabel > 0) {
            PDPageLabels labels = new PDPageLabels(doc);
            PDPageLabelRange range = new PDPageLabelRange();
            range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            range.setStart(firstLabel);
            labels.setLabelItem(0, range);
            doc.getDocumentCatalog().setPageLabels(labels);
        }
        return doc;
    }

    /** A scanned page: one image, no text. */
    static byte[] imageOnly(int pageCount) {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 80; y += 4) {
                for (int x = 0; x < 60; x++) {
                    scan.setRGB(x, y, 0x404040);
                }
            }
            for (int i = 0; i < pageCount; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 50, 50, 495, 742);
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP archive (a .docx, say) that somebody renamed to .pdf. */
    static byte[] zip() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry("word/document.xml"));
                z.write("<w:document>Police detained 1,200 protesters in 2021.</w:document>".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
