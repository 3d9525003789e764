package yoy.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.error.YoyException;

/**
 * Broken indicator files, one folder each under {@code cases/indicators/}. A folder holds either
 * {@code indicators.yaml} or, for inputs too big to commit, {@code generate.txt} naming a
 * {@link Generated} recipe; and {@code expected.txt}: the exit code, then the exact one-line message
 * ({@code {file}} stands for the file's path). Loading must fail with that message within 2 s, and
 * {@code check} must report the same problem.
 */
class IndicatorCasesTest {

    static final Duration LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Path root() throws URISyntaxException {
        return Path.of(IndicatorCasesTest.class.getResource("/cases/indicators").toURI());
    }

    /** The case's bytes, written to a temporary file so that loading goes through the file system like a real run. */
    static Path input(Path caseDir, Path tmp) throws IOException {
        Path committed = caseDir.resolve("indicators.yaml");
        byte[] bytes = Files.exists(committed) ? Files.readAllBytes(committed)
                : Generated.bytes(Files.readString(caseDir.resolve("generate.txt"), StandardCharsets.UTF_8).strip());
        return Files.write(tmp.resolve("indicators.yaml"), bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithOneLineAtItsPlace(String name) throws Exception {
        Path dir = root().resolve(name);
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        Path file = input(dir, tmp);
        int code = Integer.parseInt(expected.get(0).strip());
        String message = expected.get(1).replace("{file}", file.toString());

        YoyException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(YoyException.class, () -> IndicatorLoader.load(file)));
        assertEquals(message, e.getMessage());
        assertEquals(code, e.exitCode().code());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), "one line");
        assertTrue(e.getMessage().length() < 400, "short: " + e.getMessage().length() + " characters");

        IndicatorCheck check = assertTimeoutPreemptively(LIMIT, () -> IndicatorLoader.check(file));
        assertEquals(List.of(new IndicatorProblem(e.exitCode(), message)), check.problems());
        assertEquals(code, check.exitCode().code());
    }

    @Test
    void thereAreAtLeastFortyCases() throws Exception {
        assertTrue(cases().count() >= 40, "cases: " + cases().count());
    }
}
