package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's run on {@code examples/mixed} (plain text, a web page and a PDF in one folder) is real: the command is
 * run here, and every line the README shows must be a line of its output, in the same order ("…" stands for lines
 * left out). So the README cannot go stale when extraction or the table changes.
 */
class ReadmeMixedCorpusTest {

    private static final String COMMAND = "$ ./yoy extract --corpus examples/mixed --format table";

    @Test
    void theReadmeShowsARealRunOnTheMixedExample() throws IOException {
        List<String> shown = shownOutput(Files.readString(Path.of("..", "README.md")));
        assertTrue(shown.size() > 5, "the README shows the run's output: " + shown);
        Cli.Result r = Cli.run("extract", "--corpus", Path.of("..", "examples", "mixed").toString(), "--format", "table",
                "--indicators", SeriesCommandTest.REAL_INDICATORS);
        assertEquals(0, r.code(), r.err());
        // As a terminal shows it: the table on stdout, then the closing notice on stderr.
        List<String> printed = new ArrayList<>(r.out().lines().toList());
        printed.addAll(r.err().lines().toList());
        int at = 0;
        for (String line : shown) {
            if (line.equals("…")) {
                continue;
            }
            while (at < printed.size() && !printed.get(at).equals(line)) {
                at++;
            }
            assertTrue(at < printed.size(), "the README shows a line the run does not print (in this order):\n" + line
                    + "\nthe run prints:\n" + String.join("\n", printed));
            at++;
        }
        // The three formats are all in what is shown, with their locations: a page, a heading, none.
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("004_4bef5a0b70577191.pdf ") && l.contains(" p. ")), shown.toString());
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("003_c5f1b9d40414082f.html ")), shown.toString());
        assertTrue(shown.stream().anyMatch(l -> l.matches("00[0-2]_\\p{XDigit}{16}\\.txt +[a-z_]+ .*")), shown.toString());
    }

    /** The example is copies of the seeds and their fixtures, each report once: a change to a seed must reach it. */
    @Test
    void theMixedExampleIsCopiesOfTheSeedsEachOnce() throws IOException {
        Path formats = Path.of("..", "engine", "src", "test", "resources", "formats");
        java.util.Map<String, Path> sources = java.util.Map.of(
                "000_687d4bfadda7c27b.txt", Cli.SEEDS, "001_779033045d448319.txt", Cli.SEEDS,
                "002_dc4f2512e1d320e1.txt", Cli.SEEDS, "003_c5f1b9d40414082f.html", formats.resolve("seeds-html"),
                "004_4bef5a0b70577191.pdf", formats.resolve("seeds-pdf"));
        Path mixed = Path.of("..", "examples", "mixed");
        try (var files = Files.list(mixed)) {
            assertEquals(List.of("000_687d4bfadda7c27b.txt", "001_779033045d448319.txt", "002_dc4f2512e1d320e1.txt",
                    "003_c5f1b9d40414082f.html", "004_4bef5a0b70577191.pdf", "manifest.yaml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (var e : sources.entrySet()) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(e.getValue().resolve(e.getKey())),
                    Files.readAllBytes(mixed.resolve(e.getKey()))), e.getKey() + " differs from its source in " + e.getValue());
        }
    }

    /** The lines of the README's code block that starts with the command, after the command. */
    private static List<String> shownOutput(String readme) {
        int start = readme.indexOf("\n" + COMMAND + "\n");
        assertTrue(start >= 0, "the README shows " + COMMAND);
        List<String> lines = readme.substring(start + COMMAND.length() + 2).lines().toList();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("```")) {
                return out;
            }
            out.add(line);
        }
        throw new AssertionError("the README's block with " + COMMAND + " is not closed");
    }
}
