package yoy.html;

import java.util.Base64;

/** A PNG image as a {@code data:} URL, with the size it is shown at. */
record Png(String dataUrl, int width, int height) {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Wider than this, a chart is taken to be drawn at twice its display size (charts are 850 px wide at 1×). */
    static final int HIGH_DENSITY_WIDTH = 1200;

    /**
     * The image with the size it is shown at (half its pixels when it is a 2× drawing), or null when
     * {@code bytes} is not a PNG file: only PNG is embedded, so nothing else can pass as an image.
     */
    static Png of(byte[] bytes) {
        if (bytes == null || bytes.length < 24) {
            return null;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return null;
            }
        }
        // The IHDR chunk comes first: width and height are big-endian ints at offsets 16 and 20.
        int width = readInt(bytes, 16);
        int height = readInt(bytes, 20);
        if (width <= 0 || height <= 0) {
            return null;
        }
        int scale = width > HIGH_DENSITY_WIDTH ? 2 : 1;
        return new Png("data:image/png;base64," + Base64.getEncoder().encodeToString(bytes),
                Math.max(1, width / scale), Math.max(1, height / scale));
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
