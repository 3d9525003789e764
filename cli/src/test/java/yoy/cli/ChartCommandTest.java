package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.error.YoyException;

/** {@code yoy chart}: one file, PNG or SVG by its extension, written whole or not at all. */
class ChartCommandTest {

    @TempDir
    Path tmp;

    private static Cli.Result chart(String... more) {
        List<String> args = new ArrayList<>(List.of("chart", "--corpus", Cli.SEEDS.toString(),
                "--indicators", SeriesCommandTest.REAL_INDICATORS));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertOneLine(Cli.Result r, int code, String mentions) {
        assertEquals(code, r.code(), r.err());
        assertTrue(r.err().startsWith("yoy: ") && r.err().contains(mentions), r.err());
        assertEquals(r.err().contains("\ntry '") ? 2 : 1, r.errLines(), r.err());
        assertEquals("", r.out());
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    /**
     * Regression: "99999999999999999999 people were prosecuted" made XChart loop forever on the 10²⁰ y axis
     * (chart, compare and report alike). The timeout only turns a hang into a failure.
     */
    @Test
    void aFigureOfTenToTheTwentyIsChartedAndCompared() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("huge"));
        Files.writeString(corpus.resolve("a.txt"), FuzzCorpus.KNOWN_HANG + "\n");
        Files.writeString(corpus.resolve("manifest.yaml"), "documents:\n  - file: a.txt\n    title: T\n"
                + "    publisher: P\n    country: Kazakhstan\n    coverage_year: 2020\n");
        Path png = tmp.resolve("huge.png");
        Path compared = tmp.resolve("compared.svg");
        Cli.Result[] r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> new Cli.Result[] {
                    Cli.run("chart", "extremism_prosecutions", "--corpus", corpus.toString(), "--indicators",
                            SeriesCommandTest.REAL_INDICATORS, "--out", png.toString()),
                    Cli.run("compare", "extremism_prosecutions", "political_prisoners", "--corpus", corpus.toString(),
                            "--indicators", SeriesCommandTest.REAL_INDICATORS, "--mode", "small-multiples",
                            "--out", compared.toString())});
        assertEquals(0, r[0].code(), r[0].err());
        assertEquals(0, r[1].code(), r[1].err());
        assertTrue(ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png))).getWidth() == 850);
        assertTrue(Files.readString(compared).contains("Prosecutions on extremism charges (people)</text>"));
    }

    @Test
    void svgByExtensionAndTheSameBytesTwice() throws IOException {
        Path svg = tmp.resolve("prisoners.svg");
        Cli.Result r = chart("political_prisoners", "--out", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "data files are not stdout's business");
        assertEquals("yoy: wrote " + svg + "\n", r.err());
        byte[] first = Files.readAllBytes(svg);
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
        assertEquals(0, chart("political_prisoners", "--out", svg.toString()).code());
        assertArrayEquals(first, Files.readAllBytes(svg), "replaced by the same bytes");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void pngAtOneAndTwoTimesTheSize() throws IOException {
        Path one = tmp.resolve("p.PNG");
        Path two = tmp.resolve("p@2x.png");
        assertEquals(0, chart("political_prisoners", "--out", one.toString()).code());
        assertEquals(0, chart("--indicator", "political_prisoners", "--out", two.toString(), "--scale", "2").code());
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(one)));
        BufferedImage large = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(two)));
        assertEquals(850, small.getWidth());
        assertEquals(600, small.getHeight());
        assertEquals(1700, large.getWidth());
        assertEquals(1200, large.getHeight());
    }

    @Test
    void quietWritesWithoutAWord() {
        Path svg = tmp.resolve("q.svg");
        Cli.Result r = Cli.run("-q", "chart", "political_prisoners", "--corpus", Cli.SEEDS.toString(),
                "--indicators", SeriesCommandTest.REAL_INDICATORS, "--out", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(Files.isRegularFile(svg));
    }

    @Test
    void anUnknownExtensionIsAUsageErrorBeforeAnyWork() {
        assertOneLine(chart("political_prisoners", "--out", tmp.resolve("c.jpg").toString()), 2,
                "unknown chart format '.jpg'; end the file name with .png or .svg");
        assertOneLine(chart("political_prisoners", "--out", tmp.resolve("chart").toString()), 2, "no extension");
        // The format is checked first: even a missing corpus is not read.
        assertOneLine(Cli.run("chart", "political_prisoners", "--corpus", tmp.resolve("none").toString(),
                "--out", tmp.resolve("c.gif").toString()), 2, "'.gif'");
    }

    @Test
    void anUnwritableOutIsCannotWrite() throws IOException {
        Cli.Result r = chart("political_prisoners", "--out", tmp.resolve("no-such-dir").resolve("c.png").toString());
        assertOneLine(r, 73, "no-such-dir");
        Path folder = Files.createDirectory(tmp.resolve("taken.svg"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        assertOneLine(chart("political_prisoners", "--out", folder.toString()), 73, "taken.svg");
        assertEquals("mine", Files.readString(folder.resolve("keep.txt")));
        assertEquals(List.of(), leftovers(), "no temporary file left behind");
    }

    @Test
    void exactlyOneIndicator() {
        assertOneLine(chart("--out", tmp.resolve("c.svg").toString()), 2, "missing INDICATOR");
        assertOneLine(chart("political_prisoners", "--indicator", "protest_deaths", "--out", tmp.resolve("c.svg").toString()),
                2, "one chart draws one indicator, got political_prisoners, protest_deaths");
        assertOneLine(chart("nope", "--out", tmp.resolve("c.svg").toString()), 2, "unknown indicator 'nope'");
        assertOneLine(chart("political_prisoners"), 2, "Missing required option: '--out=FILE'");
        assertFalse(Files.exists(tmp.resolve("c.svg")));
    }

    @Test
    void scaleIsForPngAndWithinRange() {
        assertOneLine(chart("political_prisoners", "--out", tmp.resolve("c.svg").toString(), "--scale", "2"), 2,
                "--scale applies to PNG only");
        assertOneLine(chart("political_prisoners", "--out", tmp.resolve("c.png").toString(), "--scale", "9"), 2,
                "--scale 9 is out of range");
        assertOneLine(chart("political_prisoners", "--out", tmp.resolve("c.png").toString(), "--scale", "big"), 2,
                "'--scale'");
    }

    @Test
    void theFormatComesFromTheLastExtensionIgnoringCase() {
        assertEquals(ChartCommand.Format.svg, ChartCommand.format(Path.of("a.png.SVG")));
        assertEquals(ChartCommand.Format.png, ChartCommand.format(Path.of("dir.svg", "a.Png")));
        assertThrows(YoyException.class, () -> ChartCommand.format(Path.of("a.svg.bak")));
    }
}
