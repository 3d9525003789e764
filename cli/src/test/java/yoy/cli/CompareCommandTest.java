package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final String REAL_INDICATORS = Path.of("..", "indicators.yaml").toString();

    @TempDir
    Path tmp;

    private static Cli.Result compare(String... args) {
        List<String> all = new ArrayList<>(List.of("compare", "--corpus", Cli.SEEDS.toString(), "--indicators", REAL_INDICATORS));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void autoFallsBackToSmallMultiplesAndSaysWhy() throws IOException {
        Path out = tmp.resolve("cmp.png");
        Cli.Result r = compare("protest_detentions", "torture_cases", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("no index chart (") && r.err().contains("drawing small multiples"), r.err());
        assertTrue(r.err().contains("(small multiples)"), r.err());
        byte[] png = Files.readAllBytes(out);
        assertEquals((byte) 0x89, png[0]);
        Path again = tmp.resolve("again.png");
        assertEquals(0, compare("-q", "protest_detentions", "torture_cases", "--out", again.toString()).code());
        assertArrayEquals(png, Files.readAllBytes(again), "byte-identical across runs");
    }

    @Test
    void smallMultiplesAsSvgWithPanelHeadings() throws IOException {
        Path out = tmp.resolve("cmp.svg");
        Cli.Result r = compare("-q", "protest_detentions", "torture_cases", "--mode", "small-multiples", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.contains("Detentions of protesters") && svg.contains("Torture and ill-treatment cases"), "panel headings");
    }

    @Test
    void indexWhereEverySeriesHasABaseFigure() throws IOException {
        Path out = tmp.resolve("idx.svg");
        Cli.Result r = compare("political_prisoners", "extremism_prosecutions", "--from", "2023", "--to", "2023",
                "--mode", "index", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("(index, 2023 = 100)"), r.err());
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.contains("index, 2023 = 100"), "subtitle names the base");
    }

    @Test
    void explicitIndexWithoutAUsableBaseIsBadDataInOneLine() {
        Path out = tmp.resolve("idx.png");
        Cli.Result r = compare("political_prisoners", "extremism_prosecutions", "--mode", "index", "--base-year", "2023",
                "--out", out.toString());
        assertEquals(65, r.code());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("no index with base year 2023: extremism_prosecutions/prosecuted has no figure in 2023"), r.err());
        assertTrue(r.err().contains("use --mode small-multiples"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void unknownIndicatorIsAUsageError() {
        Cli.Result r = compare("political_prisoners", "no_such_thing", "--out", tmp.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("unknown indicator 'no_such_thing'"), r.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        String png = tmp.resolve("x.png").toString();
        Cli.Result mode = compare("political_prisoners", "torture_cases", "--mode", "pie", "--out", png);
        assertEquals(2, mode.code());
        assertTrue(mode.err().contains("unknown --mode 'pie'"), mode.err());
        Cli.Result ext = compare("political_prisoners", "torture_cases", "--out", tmp.resolve("x.jpg").toString());
        assertEquals(2, ext.code());
        assertTrue(ext.err().contains("must end in .png or .svg"), ext.err());
        Cli.Result scale = compare("political_prisoners", "torture_cases", "--scale", "3", "--out", png);
        assertEquals(2, scale.code());
        assertTrue(scale.err().contains("--scale 3"), scale.err());
        Cli.Result one = compare("political_prisoners", "--out", png);
        assertEquals(2, one.code());
        assertTrue(one.err().contains("at least two"), one.err());
        Cli.Result noOut = compare("political_prisoners", "torture_cases");
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().contains("--out"), noOut.err());
        for (Cli.Result r : List.of(mode, ext, scale, one)) {
            assertEquals(1, r.errLines(), r.err());
        }
    }

    @Test
    void unwritableOutputIsExit73() {
        Cli.Result r = compare("political_prisoners", "torture_cases", "--mode", "small-multiples",
                "--out", tmp.resolve("missing/x.png").toString());
        assertEquals(73, r.code());
        assertEquals(1, r.errLines(), r.err());
    }
}
