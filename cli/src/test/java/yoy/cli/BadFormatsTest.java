package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web pages and PDFs a report cannot be read from: each gives one line naming the file and what is wrong, and exit
 * 65, from {@code report} and from {@code validate} (which lists it without extracting); no stack trace. A page in a
 * legacy encoding declared by its meta tag is read correctly.
 */
class BadFormatsTest {

    @TempDir
    Path tmp;

    private Path corpusWith(String name, byte[] bytes) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.write(corpus.resolve(name), bytes);
        Files.writeString(corpus.resolve("manifest.yaml"), "documents:\n  - file: " + name + "\n    coverage_year: 2021\n");
        return corpus;
    }

    private void assertRefused(String name, byte[] bytes, String says) throws IOException {
        Path corpus = corpusWith(name, bytes);
        for (String command : new String[] {"report", "validate"}) {
            Cli.Result r = command.equals("report")
                    ? Cli.run("-q", "report", "--corpus", corpus.toString(), "--indicators", Cli.indicators().toString(),
                            "--out", tmp.resolve("out").toString())
                    : Cli.run("-q", "validate", "--corpus", corpus.toString(), "--indicators", Cli.indicators().toString());
            String text = command.equals("report") ? r.err() : r.out();
            assertEquals(65, r.code(), command + ": " + r.err() + r.out());
            assertEquals(1, text.lines().count(), command + ", one line: " + text);
            assertTrue(text.contains(name) && text.contains(says), command + ": " + text);
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
    }

    private static byte[] pdf(boolean encrypted, boolean withText) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                if (withText) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(72, 700);
                    s.showText("In 2021 police detained 140 protesters.");
                    s.endText();
                } else {
                    // A scanned page: a picture of the text, no text layer.
                    java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(300, 200,
                            java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                    s.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, scan),
                            72, 500);
                }
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void anEncryptedPdf() throws IOException {
        assertRefused("locked.pdf", pdf(true, true), "password");
    }

    @Test
    void aPdfWithNoTextLayer() throws IOException {
        assertRefused("scan.pdf", pdf(false, false), "no text layer");
    }

    @Test
    void aTruncatedPdf() throws IOException {
        byte[] whole = pdf(false, true);
        assertRefused("cut.pdf", Arrays.copyOf(whole, whole.length / 3), "cut.pdf");
    }

    @Test
    void aZipRenamedPdf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("report.txt"));
            zip.write("In 2021 police detained 140 protesters.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused("archive.pdf", bytes.toByteArray(), "not a PDF");
    }

    @Test
    void aWebPageOverTheLimit() throws IOException {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        byte[] head = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, big, 0, head.length);
        assertRefused("huge.html", big, "limit");
    }

    @Test
    void aWebPageInALegacyEncodingIsReadCorrectly() throws IOException {
        String page = "<html><head><meta charset=\"windows-1251\"><title>Отчёт</title></head><body><main>"
                + "<h1>Казахстан</h1><p>В 2021 году полиция задержала 140 участников мирного протеста.</p>"
                + "<p>Police detained 140 protesters in 2021.</p></main></body></html>";
        Path corpus = corpusWith("cp1251.html", page.getBytes(Charset.forName("windows-1251")));
        Cli.Result r = Cli.run("-q", "extract", "--corpus", corpus.toString(), "--indicators", Cli.indicators().toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("\uFFFD"), "decoded, not garbled: " + r.out());
    }
}
