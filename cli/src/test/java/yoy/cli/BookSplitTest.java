package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A book with a chapter per country (a team-written annual report, as one web page and as a Chromium-printed
 * PDF) read with {@code --country X} gives the figures of X's chapter only, for every country in the book.
 * {@code book-expected.csv} is the hand-written key: every figure of every chapter, written with the book.
 */
class BookSplitTest {

    private static final Path FORMATS = Path.of("..", "engine", "src", "test", "resources", "formats");
    private static final Path INDICATORS = Path.of("..", "indicators.yaml");

    @TempDir
    Path tmp;

    /** Country → the values its chapter states, from the key. */
    private static Map<String, Set<String>> key() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(FORMATS.resolve("book-expected.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = csv(line);
            out.computeIfAbsent(cells.get(0), k -> new TreeSet<>()).add(cells.get(2).replace(",", ""));
        }
        return out;
    }

    private static Map<String, String> owners(Map<String, Set<String>> key) {
        Map<String, String> out = new TreeMap<>();
        key.forEach((country, values) -> values.forEach(v -> out.put(v, country)));
        return out;
    }

    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static Stream<Arguments> books() {
        return Stream.of(Arguments.of("book-html", "report-2023.html"), Arguments.of("book-pdf", "report-2023.pdf"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void eachCountryGetsItsChapterOnly(String folder, String file) throws IOException {
        Map<String, Set<String>> key = key();
        assertTrue(key.size() >= 12, "a book of at least 12 countries: " + key.keySet());
        for (Map.Entry<String, Set<String>> country : key.entrySet()) {
            Cli.Result r = Cli.run("-q", "extract", "--corpus", FORMATS.resolve(folder).toString(), "--indicators",
                    INDICATORS.toString(), "--country", country.getKey());
            assertEquals(0, r.code(), country.getKey() + ": " + r.err());
            List<String> rows = r.out().lines().skip(1).toList();
            int own = 0;
            for (String row : rows) {
                List<String> cells = csv(row);
                assertEquals(file + "#" + country.getKey(), cells.get(9), row);
                String value = cells.get(3).isEmpty() ? cells.get(4) : cells.get(3);
                // Every value of the book is distinct, so a figure of another chapter would show here by its value.
                String owner = owners(key).get(value);
                assertTrue(owner == null || owner.equals(country.getKey()),
                        country.getKey() + ": " + value + " is a figure of " + owner + "'s chapter: " + row);
                own += country.getValue().contains(value) ? 1 : 0;
            }
            assertTrue(own >= 2, country.getKey() + ": at most one of its chapter's figures read: " + rows);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void reportOnOneCountryOfTheBook(String folder, String file) {
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("-q", "report", "--corpus", FORMATS.resolve(folder).toString(), "--indicators",
                INDICATORS.toString(), "--country", "Kazakhstan", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try {
            String observations = Files.readString(out.resolve("observations.csv"));
            assertTrue(observations.contains(file + "#Kazakhstan"), observations);
            assertFalse(observations.lines().skip(1).anyMatch(l -> !l.contains("#Kazakhstan") && l.contains(file + "#")),
                    observations);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
