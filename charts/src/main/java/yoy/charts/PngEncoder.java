package yoy.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an RGB chart as a PNG: truecolour, 8 bits, one IDAT chunk, no metadata (no time stamp), so the
 * same image always gives the same bytes. It reads the image's pixel array directly, where ImageIO goes
 * through a generic sample model pixel by pixel; on a report's many charts that was most of the run.
 * Each row takes the filter (None, Sub or Up) with the smallest sum of absolute bytes, the usual heuristic.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int BYTES_PER_PIXEL = 3;
    // Level 1 saves a fifth of the encoding time but makes files a quarter larger, and index.html embeds them.
    private static final int LEVEL = 6;

    private PngEncoder() {
    }

    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 4);
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", header(width, height));
        chunk(out, "IDAT", compress(pixels, width, height));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] header(int width, int height) {
        byte[] h = new byte[13];
        putInt(h, 0, width);
        putInt(h, 4, height);
        h[8] = 8;  // bits per sample
        h[9] = 2;  // truecolour
        return h;  // compression, filter and interlace methods 0
    }

    private static byte[] compress(int[] pixels, int width, int height) {
        int rowBytes = width * BYTES_PER_PIXEL;
        byte[] previous = new byte[rowBytes];
        byte[] current = new byte[rowBytes];
        byte[] sub = new byte[rowBytes];
        byte[] up = new byte[rowBytes];
        Deflater deflater = new Deflater(LEVEL);
        ByteArrayOutputStream out = new ByteArrayOutputStream(rowBytes * height / 8);
        byte[] buffer = new byte[1 << 16];
        try {
            for (int y = 0; y < height; y++) {
                rgbRow(pixels, y * width, width, current);
                int sumNone = 0;
                int sumSub = 0;
                int sumUp = 0;
                for (int i = 0; i < rowBytes; i++) {
                    int raw = current[i];
                    byte s = (byte) (raw - (i >= BYTES_PER_PIXEL ? current[i - BYTES_PER_PIXEL] : 0));
                    byte u = (byte) (raw - previous[i]);
                    sub[i] = s;
                    up[i] = u;
                    sumNone += Math.abs((byte) raw);
                    sumSub += Math.abs(s);
                    sumUp += Math.abs(u);
                }
                int filter = sumUp <= sumSub && sumUp <= sumNone ? 2 : sumSub <= sumNone ? 1 : 0;
                deflater.setInput(new byte[] {(byte) filter});
                drain(deflater, buffer, out);
                deflater.setInput(filter == 2 ? up : filter == 1 ? sub : current);
                drain(deflater, buffer, out);
                byte[] t = previous;
                previous = current;
                current = t;
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream out) {
        while (!deflater.needsInput()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    private static void rgbRow(int[] pixels, int offset, int width, byte[] row) {
        for (int x = 0, j = 0; x < width; x++) {
            int p = pixels[offset + x];
            row[j++] = (byte) (p >>> 16);
            row[j++] = (byte) (p >>> 8);
            row[j++] = (byte) p;
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
