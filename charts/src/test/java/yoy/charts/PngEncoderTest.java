package yoy.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PngEncoderTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 20).boxed();
    }

    /** Random sizes and pixels, flat runs and noise: ImageIO reads back exactly the pixels written. */
    @ParameterizedTest
    @MethodSource("seeds")
    void imageIoReadsBackThePixels(long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        int w = 1 + r.nextInt(300);
        int h = 1 + r.nextInt(200);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int flat = r.nextInt(0x1000000);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, r.nextInt(4) == 0 ? r.nextInt(0x1000000) : flat + y);
            }
        }
        byte[] png = PngEncoder.encode(image);
        assertArrayEquals(png, PngEncoder.encode(image), "deterministic");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(w, back.getWidth());
        assertEquals(h, back.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
