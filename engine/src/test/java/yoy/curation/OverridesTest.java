package yoy.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static yoy.testing.Fixtures.doc;
import static yoy.testing.Fixtures.obs;

import java.util.List;
import org.junit.jupiter.api.Test;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Qualifier;

class OverridesTest {

    private static final DocumentMeta A = doc("a.txt", 2022);
    private static final List<Observation> OBS = List.of(
            obs("protest_deaths", "civilians", 2022, Interval.exact(12), A),
            obs("protest_deaths", "civilians", 2022, Interval.exact(10), A),
            obs("protest_detentions", "detained", 2022, Interval.of(Qualifier.ABOUT, 1600), A));

    private static List<Override> read(String yaml) {
        return new OverridesReader("overrides.yaml").read(yaml);
    }

    @Test
    void rejectRemovesTheFigureAndRecordsTheDecision() {
        Overrides.Result r = Overrides.apply(read("""
                version: 1
                overrides:
                  - indicator: protest_deaths
                    measure: civilians
                    year: 2022
                    doc: a.txt
                    value: 12
                    action: reject
                    reason: counts the same victims twice
                """), OBS);
        assertEquals(2, r.observations().size());
        assertEquals(1, r.decisions().size());
        assertNull(r.decisions().get(0).after());
        assertEquals("counts the same victims twice", r.decisions().get(0).reason());
    }

    @Test
    void correctReplacesTheInterval() {
        Overrides.Result r = Overrides.apply(read("""
                version: 1
                overrides:
                  - indicator: protest_detentions
                    measure: detained
                    year: 2022
                    doc: a.txt
                    value: 1600
                    action: correct
                    to: {qualifier: range, low: 1500, high: 1700}
                    reason: the annex gives a range
                """), OBS);
        assertEquals(3, r.observations().size());
        assertEquals(Interval.range(1500, 1700), r.observations().get(2).interval());
    }

    @Test
    void aStaleOverrideFailsWithOneLineAndExit65() {
        List<Override> overrides = read("""
                version: 1
                overrides:
                  - indicator: protest_deaths
                    measure: civilians
                    year: 2022
                    doc: a.txt
                    value: 99
                    action: reject
                    reason: typo
                """);
        YoyException e = assertThrows(YoyException.class, () -> Overrides.apply(overrides, OBS));
        assertEquals(ExitCode.DATA, e.exitCode());
        assertEquals("overrides.yaml:3:5: stale override: no extracted figure protest_deaths.civilians 2022 in a.txt = 99 "
                + "any more; check the document and update or remove this override", e.getMessage());
    }

    @Test
    void unknownKeysAndMissingReasonsAreRefused() {
        YoyException unknown = assertThrows(YoyException.class, () -> read("""
                version: 1
                overrides:
                  - indicator: protest_deaths
                    measur: civilians
                """));
        assertEquals(ExitCode.DATA, unknown.exitCode());
        assertEquals(1, unknown.getMessage().lines().count());
        assertEquals(true, unknown.getMessage().startsWith("overrides.yaml:4:5: unknown key 'measur'"), unknown.getMessage());
        YoyException noReason = assertThrows(YoyException.class, () -> read("""
                version: 1
                overrides:
                  - {indicator: a, measure: b, year: 2022, doc: a.txt, value: 1, action: reject}
                """));
        assertEquals(true, noReason.getMessage().contains("missing 'reason'"), noReason.getMessage());
    }
}
