package yoy.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/**
 * 1,000 seeded random mutations of the real {@code indicators.yaml} (byte flips, truncations, duplicated
 * and deleted lines, in combination): each must load or be refused with a one-line {@link YoyException}
 * and exit code 65, never another exception and never a hang. A failure names its seed; replay it with
 * {@code Mutations.mutate(original, seed)}.
 */
class MutationTest {

    static final Path REAL = Path.of("..", "indicators.yaml");
    static final int BATCHES = 10;
    static final int PER_BATCH = 100;
    static final long BASE_SEED = 20_240_601L;

    static IntStream batches() {
        return IntStream.range(0, BATCHES);
    }

    @ParameterizedTest(name = "batch {0}")
    @MethodSource("batches")
    void mutationsLoadOrFailWithOneLine(int batch) throws IOException {
        byte[] original = Files.readAllBytes(REAL);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < PER_BATCH; i++) {
                long seed = BASE_SEED + batch * PER_BATCH + i;
                byte[] mutated = Mutations.mutate(original, seed);
                check(mutated, seed);
            }
        }, "batch " + batch + " (seeds " + (BASE_SEED + batch * PER_BATCH) + "..) hangs");
    }

    private static void check(byte[] mutated, long seed) {
        String replay = " [mutation seed " + seed + "; replay: Mutations.mutate(original, " + seed + "L)]";
        try {
            IndicatorLoader.parse("indicators.yaml", mutated);
        } catch (YoyException e) {
            assertEquals(ExitCode.DATA, e.exitCode(), e.getMessage() + replay);
            assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), "one line: " + e.getMessage() + replay);
            assertTrue(e.getMessage().startsWith("indicators.yaml"), "names the file: " + e.getMessage() + replay);
        } catch (Throwable t) {
            fail("unexpected " + t + replay, t);
        }
        IndicatorCheck check;
        try {
            check = IndicatorLoader.check("indicators.yaml", mutated);
        } catch (Throwable t) {
            fail("check threw " + t + replay, t);
            return;
        }
        assertTrue(check.exitCode() == ExitCode.OK || check.exitCode() == ExitCode.DATA, check + replay);
    }

    /** Seeded mutations of a file's bytes. */
    static final class Mutations {

        private Mutations() {
        }

        /** One to three random edits: flip a byte, truncate, duplicate a line, delete a line. */
        static byte[] mutate(byte[] original, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            byte[] bytes = original.clone();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && bytes.length > 0; e++) {
                bytes = switch (random.nextInt(4)) {
                    case 0 -> flip(bytes, random);
                    case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
                    case 2 -> duplicateLine(bytes, random);
                    default -> deleteLine(bytes, random);
                };
            }
            return bytes;
        }

        private static byte[] flip(byte[] bytes, SplittableRandom random) {
            byte[] out = bytes.clone();
            int at = random.nextInt(out.length);
            out[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (out[at] ^ (1 << random.nextInt(8)));
            return out;
        }

        private static byte[] duplicateLine(byte[] bytes, SplittableRandom random) {
            List<String> lines = lines(bytes);
            int from = random.nextInt(lines.size());
            lines.add(random.nextInt(lines.size() + 1), lines.get(from));
            return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        }

        private static byte[] deleteLine(byte[] bytes, SplittableRandom random) {
            List<String> lines = lines(bytes);
            lines.remove(random.nextInt(lines.size()));
            return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        }

        /** Lines as ISO-8859-1, which maps every byte to one char, so that invalid UTF-8 survives the round trip. */
        private static List<String> lines(byte[] bytes) {
            return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
        }
    }
}
