package yoy.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.error.ExitCode;
import yoy.error.YoyException;

/** What the loader makes of a valid file, and how it reports files that are missing or broken in several places. */
class IndicatorLoaderTest {

    static final Path REAL = Path.of("..", "indicators.yaml");

    @TempDir
    Path tmp;

    private static IndicatorSet parse(String yaml) {
        return IndicatorLoader.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theProjectsIndicatorFileLoadsCleanly() {
        IndicatorSet set = IndicatorLoader.load(REAL);
        assertEquals(11, set.indicators().size(), set.ids().toString());
        IndicatorCheck check = IndicatorLoader.check(REAL);
        assertTrue(check.isValid(), check.problems().toString());
        assertEquals(ExitCode.OK, check.exitCode());
        assertEquals(set.ids(), check.loaded().stream().map(Indicator::id).toList());
    }

    @Test
    void everyKeyIsRead() {
        Indicator ind = parse("""
                version: 1
                indicators:
                  - id: detentions
                    title: Detentions
                    unit: people detained
                    short_unit: detained
                    description: |
                      People detained.
                      Two lines are allowed here.
                    processing_notes: Counted once.
                    decimals: 1
                    topic: {window: paragraph, any: [protest*]}
                    nouns: [people]
                    exclude: [released]
                    exclude_regex: ["\\\\bon bail\\\\b"]
                    reconcile: latest_report
                    partial_period: pro_rata
                    measures:
                      - id: detained
                        label: held
                        cues: [detained]
                        requires: [police]
                        noun_requires: [women]
                        topic: none
                        bare_number: true
                        year_anchor: event
                      - id: arrested
                        nouns: [protesters]
                        cues: [arrested]
                """).indicators().get(0);
        assertEquals("detained", ind.shortUnit());
        assertEquals("People detained.\nTwo lines are allowed here.", ind.description());
        assertEquals(1, ind.decimals());
        assertEquals(Window.PARAGRAPH, ind.topic().window());
        assertEquals(ReconcilePolicy.LATEST_REPORT, ind.reconcile());
        assertEquals(PartialPeriodPolicy.PRO_RATA, ind.partialPeriod());
        assertTrue(ind.excludePatterns().get(0).matcher("Released ON BAIL today").find(), "case-insensitive");
        Measure held = ind.measures().get(0);
        assertEquals("held", held.label());
        assertTrue(held.bareNumber());
        assertTrue(held.topic().isNone());
        assertEquals(YearAnchor.EVENT, held.yearAnchor());
        assertEquals(List.of("people"), held.nouns().stream().map(Phrase::text).toList(), "indicator nouns by default");
        Measure arrested = ind.measures().get(1);
        assertEquals("arrested", arrested.label());
        assertEquals(List.of("protesters"), arrested.nouns().stream().map(Phrase::text).toList());
        assertEquals(null, arrested.topic(), "no topic of its own: the indicator's applies");
        assertEquals(YearAnchor.REPORT, arrested.yearAnchor());
    }

    @Test
    void defaultsAreDocumented() {
        Indicator ind = parse("""
                indicators:
                  - id: x
                    title: X
                    unit: things
                    description: Things.
                    measures:
                      - id: counted
                        nouns: [things]
                        cues: [counted]
                """).indicators().get(0);
        assertEquals("things", ind.shortUnit());
        assertEquals(0, ind.decimals());
        assertEquals(ReconcilePolicy.MAX, ind.reconcile());
        assertEquals(PartialPeriodPolicy.NONE, ind.partialPeriod());
        assertTrue(ind.topic().isNone());
        assertFalse(ind.measures().get(0).bareNumber());
    }

    @Test
    void checkReportsEveryBrokenDefinitionInFileOrder() {
        IndicatorCheck check = IndicatorLoader.check("t.yaml", """
                version: 1
                indicators:
                  - id: first
                    titel: First
                    unit: things
                    description: Things.
                    measures: [{id: counted, nouns: [things], cues: [counted]}]
                  - id: second
                    title: Second
                    unit: things
                    description: Things.
                    measures: [{id: counted, nouns: [things], cues: [counted]}]
                  - id: third
                    title: Third
                    unit: NO
                    description: Things.
                    measures: [{id: counted, nouns: [things], cues: [counted]}]
                  - id: second
                    title: Second again
                    unit: things
                    description: Things.
                    measures: [{id: counted, nouns: [things], cues: [counted]}]
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(
                "t.yaml:4:5: unknown key 'titel' in an indicator; did you mean 'title'?",
                "t.yaml:15:11: 'unit' reads as a yes/no value (NO), not text; quote it: \"NO\"",
                "t.yaml:18:9: duplicate indicator id 'second' (first at line 8); give each indicator its own id"),
                check.problems().stream().map(IndicatorProblem::message).toList());
        assertEquals(ExitCode.DATA, check.exitCode());
        assertEquals(List.of("second"), check.loaded().stream().map(Indicator::id).toList());
    }

    @Test
    void aMissingFileIsMissingInput() {
        Path missing = tmp.resolve("nope.yaml");
        YoyException e = assertThrows(YoyException.class, () -> IndicatorLoader.load(missing));
        assertEquals(ExitCode.NO_INPUT, e.exitCode());
        assertEquals(missing + ": indicator file does not exist; pass --indicators FILE or run from the project folder",
                e.getMessage());
        IndicatorCheck check = IndicatorLoader.check(missing);
        assertEquals(ExitCode.NO_INPUT, check.exitCode());
        assertEquals(e.getMessage(), check.problems().get(0).message());
    }

    @Test
    void aFolderIsNotAnIndicatorFile() {
        YoyException e = assertThrows(YoyException.class, () -> IndicatorLoader.load(tmp));
        assertEquals(ExitCode.NO_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void exactlyOneMebibyteIsAllowedOneByteMoreIsNot() throws IOException {
        String head = "indicators:\n  - id: x\n    title: X\n    unit: things\n    description: Things.\n"
                + "    measures: [{id: counted, nouns: [things], cues: [counted]}]\n";
        String padded = head + "#".repeat((int) IndicatorLoader.MAX_BYTES - head.length() - 1) + "\n";
        Path file = Files.writeString(tmp.resolve("big.yaml"), padded);
        assertEquals(IndicatorLoader.MAX_BYTES, Files.size(file));
        assertEquals(List.of("x"), IndicatorLoader.load(file).ids());
        Files.writeString(file, padded + "\n");
        YoyException e = assertThrows(YoyException.class, () -> IndicatorLoader.load(file));
        assertEquals(file + ": file is larger than 1 MiB; split it or remove unused definitions", e.getMessage());
    }

    @Test
    void quotedYamlLookAlikesAreText() {
        Indicator ind = parse("""
                indicators:
                  - id: x
                    title: "NO"
                    unit: 'yes'
                    description: "010"
                    measures: [{id: counted, nouns: ["on", "off"], cues: ["null"]}]
                """).indicators().get(0);
        assertEquals("NO", ind.title());
        assertEquals("yes", ind.unit());
        assertEquals("010", ind.description());
        assertEquals("on", ind.measures().get(0).nouns().get(0).text());
    }

    @Test
    void hostileKeysAndValuesGiveShortOneLineMessages() {
        String key = "k\\n".repeat(5_000);
        YoyException e = assertThrows(YoyException.class, () -> parse("indicators:\n  - \"" + key + "\": 1\n"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }
}
