package yoy.corpus.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Stands in the font PDFBox bundles for every font a PDF names but does not embed. PDFBox's own mapper scans
 * the machine's font folders the first time (seconds, and a cache file written to the home folder) and picks
 * whatever is installed, so glyph widths, and with them spaces and line ends, would depend on the machine.
 * Text extraction needs widths only, which the PDF itself states for nearly every font; the stand-in covers the
 * rest the same way everywhere. Installed once, for the whole JVM (PDFBox is used only by this package).
 */
final class PdfFonts implements FontMapper {

    private static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static boolean installed;

    /** One copy per thread: a parsed font reads its tables lazily and is not safe to share. */
    private final ThreadLocal<TrueTypeFont> font = ThreadLocal.withInitial(PdfFonts::load);

    private PdfFonts() {
    }

    static synchronized void install() {
        if (!installed) {
            FontMappers.set(new PdfFonts());
            installed = true;
        }
    }

    private TrueTypeFont font() {
        return font.get();
    }

    private static TrueTypeFont load() {
        try (InputStream in = FontMappers.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("PDFBox's bundled font " + BUNDLED + " is missing");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), true);
    }
}
