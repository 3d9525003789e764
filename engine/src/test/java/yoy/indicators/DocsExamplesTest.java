package yoy.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.corpus.Document;
import yoy.extract.Extractor;
import yoy.model.DocumentMeta;
import yoy.model.Observation;
import yoy.tables.FigureText;

/**
 * The examples of docs/indicators.md are tested: every file under docs/examples/indicators/ loads
 * cleanly; every {@code yaml} block of the page is one of those files, word for word; and each
 * {@code # sentence:} comment of a file, read as a report, gives what its {@code # finds:} comment says.
 */
class DocsExamplesTest {

    static final Path DOCS = Path.of("..", "docs");
    static final Path EXAMPLES = DOCS.resolve("examples").resolve("indicators");
    private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\\n(.*?)^```$");

    static Stream<String> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void loadsCleanly(String name) {
        IndicatorCheck check = IndicatorLoader.check(EXAMPLES.resolve(name));
        assertTrue(check.isValid(), check.problems().toString());
        assertFalse(check.loaded().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void findsWhatItsCommentsSay(String name) throws IOException {
        Path file = EXAMPLES.resolve(name);
        IndicatorSet set = IndicatorLoader.load(file);
        int reportYear = 2023;
        String sentence = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# report year: ")) {
                reportYear = Integer.parseInt(line.substring("# report year: ".length()).strip());
            } else if (line.startsWith("# sentence: ")) {
                sentence = line.substring("# sentence: ".length()).strip();
            } else if (line.startsWith("# finds: ")) {
                String expected = line.substring("# finds: ".length()).strip();
                assertEquals(expected, finds(set, sentence, reportYear), name + ": \"" + sentence + "\"");
            }
        }
    }

    /** What extraction takes from the text, as {@code indicator/measure year figure; ...}, or {@code nothing}. */
    static String finds(IndicatorSet set, String text, int reportYear) {
        Document doc = new Document(new DocumentMeta("example.txt", "Example", "Publisher", "Country", reportYear,
                "", "", ""), text + "\n");
        List<Observation> found = new Extractor(set).extract(doc);
        if (found.isEmpty()) {
            return "nothing";
        }
        return found.stream().map(o -> o.indicator() + "/" + o.measure() + " " + o.year() + " "
                + FigureText.of(o.interval(), set.find(o.indicator()).orElseThrow().decimals()))
                .collect(Collectors.joining("; "));
    }

    @Test
    void everyYamlBlockOfThePageIsAnExampleFile() throws IOException {
        String page = Files.readString(DOCS.resolve("indicators.md"), StandardCharsets.UTF_8);
        List<String> files = new ArrayList<>();
        for (String name : examples().toList()) {
            files.add(Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8));
        }
        Matcher m = YAML_BLOCK.matcher(page);
        int blocks = 0;
        while (m.find()) {
            blocks++;
            String block = m.group(1);
            assertTrue(files.contains(block), "a yaml block of docs/indicators.md is not (exactly) a file of "
                    + EXAMPLES + ":\n" + block);
        }
        assertEquals(files.size(), blocks, "each example file is shown once on the page");
    }
}
