package yoy.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.series.IndicatorSeries;

class ChartRendererTest {

    static Stream<IndicatorSeries> fixtures() {
        return Stream.of(Fixtures.mixed(), Fixtures.twoMeasures(), Fixtures.allMissing(), Fixtures.singlePoint(),
                Fixtures.longSpan(), Fixtures.oneYear(), Fixtures.manyMeasures());
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void pngHasTheHouseSizeAtScaleOneAndTwo(IndicatorSeries series) throws IOException {
        BufferedImage one = decode(ChartRenderer.png(series, 1));
        assertEquals(850, one.getWidth());
        assertEquals(600, one.getHeight());
        BufferedImage two = decode(ChartRenderer.png(series, 2));
        assertEquals(1700, two.getWidth());
        assertEquals(1200, two.getHeight());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void pngIsDeterministic(IndicatorSeries series) {
        assertArrayEquals(ChartRenderer.png(series, 1), ChartRenderer.png(series, 1));
        assertArrayEquals(ChartRenderer.png(series, 2), ChartRenderer.png(series, 2));
    }

    @Test
    void outputDoesNotDependOnLocaleOrTimeZone() {
        byte[] png = ChartRenderer.png(Fixtures.longSpan(), 1);
        byte[] svg = ChartRenderer.svg(Fixtures.longSpan());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertArrayEquals(png, ChartRenderer.png(Fixtures.longSpan(), 1));
            assertArrayEquals(svg, ChartRenderer.svg(Fixtures.longSpan()));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertArrayEquals(png, ChartRenderer.png(Fixtures.longSpan(), 1));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    /** The chunk types of a PNG, in order. */
    private static List<String> chunkTypes(byte[] png) {
        ByteBuffer buf = ByteBuffer.wrap(png);
        buf.position(8);
        List<String> types = new ArrayList<>();
        while (buf.remaining() >= 12) {
            int length = buf.getInt();
            byte[] type = new byte[4];
            buf.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            buf.position(buf.position() + length + 4);
        }
        return types;
    }

    @Test
    void pngCarriesNoTimeOrTextChunks() {
        List<String> types = chunkTypes(ChartRenderer.png(Fixtures.mixed(), 1));
        assertEquals("IHDR", types.get(0));
        assertEquals("IEND", types.get(types.size() - 1));
        assertTrue(types.stream().allMatch(t -> t.equals("IHDR") || t.equals("IDAT") || t.equals("IEND")),
                types.toString());
    }

    /** A 2× render draws finer detail than the 1× image blown up: some 2×2 block is not one colour. */
    @Test
    void scaleTwoIsATrueRenderNotAnUpscaledBitmap() throws IOException {
        BufferedImage two = decode(ChartRenderer.png(Fixtures.mixed(), 2));
        int mixedBlocks = 0;
        for (int y = 0; y + 1 < two.getHeight(); y += 2) {
            for (int x = 0; x + 1 < two.getWidth(); x += 2) {
                int c = two.getRGB(x, y);
                if (two.getRGB(x + 1, y) != c || two.getRGB(x, y + 1) != c || two.getRGB(x + 1, y + 1) != c) {
                    mixedBlocks++;
                }
            }
        }
        assertTrue(mixedBlocks > 1000, "only " + mixedBlocks + " non-uniform 2x2 blocks");
    }

    private static Document parseSvg(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        // the DOCTYPE names the W3C DTD; never fetch it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(svg));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void svgIsWellFormedAndDeterministic(IndicatorSeries series) throws Exception {
        byte[] svg = ChartRenderer.svg(series);
        Document doc = parseSvg(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("0 0 850 600", doc.getDocumentElement().getAttribute("viewBox"));
        assertArrayEquals(svg, ChartRenderer.svg(series));
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains(series.title().substring(0, 10)), "title is text in the SVG");
        assertFalse(text.matches("(?s).*clip-?\\d{4,}.*"), "clip ids must be renumbered, not hash codes");
    }

    /** Every text of the SVG, with the translations of its enclosing groups applied, lies on the canvas. */
    @ParameterizedTest
    @MethodSource("fixtures")
    void svgTextsLieOnTheCanvas(IndicatorSeries series) throws Exception {
        Document doc = parseSvg(ChartRenderer.svg(series));
        List<String> outside = new ArrayList<>();
        collectTextsOutside(doc.getDocumentElement(), 0, 0, outside);
        assertEquals(List.of(), outside);
    }

    private static void collectTextsOutside(org.w3c.dom.Element e, double tx, double ty, List<String> outside) {
        String transform = e.getAttribute("transform");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("translate\\(([-0-9.]+) ([-0-9.]+)\\)").matcher(transform);
        if (m.find()) {
            tx += Double.parseDouble(m.group(1));
            ty += Double.parseDouble(m.group(2));
        }
        if (e.getLocalName().equals("text")) {
            double x = tx + Double.parseDouble(e.getAttribute("x"));
            double y = ty + Double.parseDouble(e.getAttribute("y"));
            if (x < 0 || x > HouseTheme.WIDTH || y < 0 || y > HouseTheme.HEIGHT) {
                outside.add(e.getTextContent() + " at " + x + "," + y);
            }
        }
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element child) {
                collectTextsOutside(child, tx, ty, outside);
            }
        }
    }

    @Test
    void emptyChartSaysSo() throws Exception {
        String text = new String(ChartRenderer.svg(Fixtures.allMissing()), StandardCharsets.UTF_8);
        assertTrue(text.contains(PlotArea.NO_FIGURES));
        String some = new String(ChartRenderer.svg(Fixtures.singlePoint()), StandardCharsets.UTF_8);
        assertFalse(some.contains(PlotArea.NO_FIGURES));
    }

    @Test
    void writesAtomicallyAndLeavesNoTempFiles(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("chart.png");
        Path svg = dir.resolve("chart.svg");
        Files.writeString(png, "old");
        ChartRenderer.writePng(Fixtures.mixed(), png, 2);
        ChartRenderer.writeSvg(Fixtures.mixed(), svg);
        assertArrayEquals(ChartRenderer.png(Fixtures.mixed(), 2), Files.readAllBytes(png));
        assertArrayEquals(ChartRenderer.svg(Fixtures.mixed()), Files.readAllBytes(svg));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("chart.png", "chart.svg"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void unwritableTargetIsAUserErrorWithExitCode73(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder").resolve("chart.png");
        YoyException e = assertThrows(YoyException.class, () -> ChartRenderer.writePng(Fixtures.mixed(), missing, 1));
        assertEquals(ExitCode.CANT_WRITE, e.exitCode());
        assertTrue(e.getMessage().startsWith(missing.toString() + ": cannot write chart"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertFalse(Files.exists(missing));
    }

    @Test
    void badScaleIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChartRenderer.png(Fixtures.mixed(), 0));
        assertThrows(IllegalArgumentException.class, () -> ChartRenderer.png(Fixtures.mixed(), ChartRenderer.MAX_SCALE + 1));
    }
}
