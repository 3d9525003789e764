package yoy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.error.YoyException;

/**
 * Bad manifests, one folder each under {@code cases/corpus/}: {@code expected.txt} holds the exit code and
 * the exact message ({@code {dir}} stands for the case folder). The checker must report the same error.
 */
class ManifestCasesTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Path root() throws URISyntaxException {
        return Path.of(ManifestCasesTest.class.getResource("/cases/corpus").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheExpectedError(String name) throws Exception {
        Path dir = root().resolve(name);
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        int code = Integer.parseInt(expected.get(0).strip());
        String message = expected.get(1).replace("{dir}", dir.toString());

        YoyException e = assertThrows(YoyException.class, () -> new CorpusReader(dir, line -> { }).documents());
        assertEquals(code, e.exitCode().code());
        assertEquals(message, e.getMessage());

        List<CorpusProblem> problems = CorpusCheck.check(dir);
        assertTrue(problems.stream().anyMatch(p -> p.isError() && p.message().equals(message)),
                () -> "checker found " + problems);
        assertEquals(code, CorpusCheck.exitCode(problems).code());
    }
}
