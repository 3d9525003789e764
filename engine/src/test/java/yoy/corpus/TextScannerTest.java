package yoy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/** Seeded random texts through tiny chunks, so that every kind of character meets a chunk boundary. */
class TextScannerTest {

    private static final String[] PIECES = {"a", "Z", " ", "7", "2021", "\u00e9", "\u20ac", "\ud83d\ude00", "\n", "\r\n",
        "\r", "\t", "\u00a0"};
    private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    private static String randomText(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(200);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static TextScanner.Result scan(byte[] bytes, int chunk, StringBuilder out) throws IOException {
        return TextScanner.scan(new ByteArrayInputStream(bytes), "t.txt", Long.MAX_VALUE, chunk, "remove it",
                (CharBuffer cb) -> out.append(cb));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void decodesValidTextExactly(long seed) throws IOException {
        Random rnd = new Random(seed);
        String text = randomText(rnd);
        boolean bom = rnd.nextBoolean();
        byte[] bytes = ((bom ? "\ufeff" : "") + text).getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        TextScanner.Result r = scan(bytes, 4 + rnd.nextInt(12), out);
        assertEquals(text, out.toString());
        assertEquals(bytes.length, r.bytes());
        assertEquals(text.length(), r.chars());
        assertEquals(CorpusFixtures.sha256(bytes), r.sha256());
        assertEquals(text.replace('\u00a0', ' ').isBlank(), r.blank());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void locatesTheFirstBadByte(long seed) {
        Random rnd = new Random(seed);
        String before = randomText(rnd);
        byte[] choices = {(byte) (0x80 + rnd.nextInt(0x40)), (byte) 0xFF, (byte) 0xC0, (byte) 0xF8, (byte) 0xE2};
        byte[] bad = {choices[rnd.nextInt(choices.length)]};
        byte[] prefix = before.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = CorpusFixtures.concat(prefix, bad, randomText(rnd).getBytes(StandardCharsets.UTF_8));

        String[] lines = LINE_END.split(before, -1);
        String last = lines[lines.length - 1];
        String expected = String.format(Locale.ROOT, "t.txt:%d:%d: not valid UTF-8 text (byte 0x%02X at byte offset %d); save it as UTF-8",
                lines.length, last.codePointCount(0, last.length()) + 1, bad[0] & 0xFF, prefix.length);
        YoyException e = assertThrows(YoyException.class, () -> scan(bytes, 4 + rnd.nextInt(12), new StringBuilder()));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals(expected, e.getMessage());
    }
}
