package yoy.corpus.format;

import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * Refuses files named .html that are not text: a PDF, an archive or an image saved under the wrong name would
 * otherwise parse as a page of garbage and feed the extractor random "numbers".
 */
final class ByteSniff {

    /** A text page has no NUL byte; its first 4 KB tell (UTF-16 and UTF-32 pages start with a BOM). */
    private static final int NUL_WINDOW = 4096;

    private record Magic(byte[] start, String what, String fix) {
    }

    private static final Magic[] MAGICS = {
        magic("%PDF-", "is a PDF file, not a web page", "give it the .pdf extension"),
        magic("PK\u0003\u0004", "is a ZIP archive (a .docx, .epub or .zip), not a web page",
                "save the report's text as .txt"),
        magic("\u001f\u008b", "is gzip-compressed, not a plain web page", "decompress it (gunzip) first"),
        magic("\u0089PNG", "is a PNG image, not a web page", "save the report's text as .txt"),
        magic("GIF8", "is a GIF image, not a web page", "save the report's text as .txt"),
        magic("\u00ff\u00d8\u00ff", "is a JPEG image, not a web page", "save the report's text as .txt"),
        magic("\u00d0\u00cf\u0011\u00e0", "is an old Microsoft Office document, not a web page",
                "save the report's text as .txt"),
    };

    private ByteSniff() {
    }

    private static Magic magic(String latin1, String what, String fix) {
        byte[] b = new byte[latin1.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) latin1.charAt(i);
        }
        return new Magic(b, what, fix);
    }

    /** @throws YoyException ExitCode.DATA when {@code bytes} are binary */
    static void check(byte[] bytes, String display) {
        for (Magic m : MAGICS) {
            if (startsWith(bytes, m.start())) {
                throw refuse(display, m.what(), m.fix());
            }
        }
        if (wideBom(bytes)) {
            return;
        }
        int n = Math.min(bytes.length, NUL_WINDOW);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                throw refuse(display, "holds binary data (a NUL byte at byte " + i + "), not a web page",
                        "save the page as HTML or its text as .txt");
            }
        }
    }

    /** A UTF-16 or UTF-32 byte order mark: such pages hold NUL bytes legitimately. */
    static boolean wideBom(byte[] b) {
        return startsWith(b, new byte[] {(byte) 0xfe, (byte) 0xff})
                || startsWith(b, new byte[] {(byte) 0xff, (byte) 0xfe})
                || startsWith(b, new byte[] {0, 0, (byte) 0xfe, (byte) 0xff});
    }

    /** Any byte order mark, UTF-8 included. */
    static boolean anyBom(byte[] b) {
        return wideBom(b) || startsWith(b, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static YoyException refuse(String display, String what, String fix) {
        return new YoyException(ExitCode.DATA, YoyException.at(display, 0, 0, what, fix));
    }
}
