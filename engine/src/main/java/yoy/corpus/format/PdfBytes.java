package yoy.corpus.format;

import java.nio.charset.StandardCharsets;

/**
 * Checks on the raw bytes before PDFBox sees them, so that the common mistakes get a message that names them:
 * another file type renamed .pdf, and a download cut short.
 */
final class PdfBytes {

    /** Readers accept a header anywhere in the first 1024 bytes (some files start with junk). */
    private static final int HEAD = 1024;
    /** Acrobat looks for the end marker in the last 1024 bytes; so do we. */
    private static final int TAIL = 1024;

    private PdfBytes() {
    }

    /** Whether "%PDF-" occurs in the first 1024 bytes. */
    static boolean hasHeader(byte[] bytes) {
        return indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0, Math.min(bytes.length, HEAD)) >= 0;
    }

    /**
     * Whether "%%EOF" occurs in the last 1024 bytes. A file cut short (an interrupted download, the first half
     * of a report) lacks it; PDFBox can often still open such a file, but it silently loses the pages past the
     * cut, and a report that quietly lacks its later chapters would read as figures that went missing.
     */
    static boolean hasEnd(byte[] bytes) {
        byte[] eof = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        return indexOf(bytes, eof, Math.max(0, bytes.length - TAIL), bytes.length) >= 0;
    }

    /** What a file without a PDF header looks like, for the message: "it starts like a ZIP archive". */
    static String lookalike(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
            return "it starts like a ZIP archive, perhaps a .docx or .odt saved under a .pdf name";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "it starts like an old Microsoft Office file (.doc, .xls)";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "it starts like a PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "it starts like a JPEG image";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "it starts like a gzip archive";
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return "it starts like an RTF document";
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) {
            return "it starts like an HTML page, perhaps a download or login page saved instead of the report";
        }
        return "no %PDF- header in its first 1024 bytes";
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i + needle.length <= to; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
