package yoy.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import yoy.corpus.Document;
import yoy.extract.Extractor;
import yoy.extract.RegexGuard;
import yoy.model.DocumentMeta;
import yoy.model.Observation;

/**
 * A catastrophic {@code exclude_regex} cannot hang a run: the guard stops it within 100 ms on one
 * sentence, reports it once with its indicator id, ignores it from then on, and the run finishes.
 */
class RegexGuardTest {

    /** "... banned 154 protests aaaa…ab." five times: each sentence is a figure the pattern must be tried on. */
    private static Document document(int runLength) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            text.append("The authorities banned ").append(150 + i).append(" protests ")
                    .append("a".repeat(runLength)).append("b.\n\n");
        }
        return new Document(new DocumentMeta("long.txt", "Long", "Publisher", "Country", 2022, "", "", ""),
                text.toString());
    }

    private static Indicator indicator(String pattern) {
        Measure banned = new Measure("banned", "banned", List.of(Phrase.parse("protests")), List.of(), false,
                List.of(Phrase.parse("banned")), List.of(), List.of(), null, YearAnchor.REPORT);
        return new Indicator("protest_bans", "Protest bans", "protests", "protests", "Protests banned.", "", 0,
                Topic.none(), List.of(), List.of(Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)), ReconcilePolicy.MAX,
                PartialPeriodPolicy.NONE, List.of(banned));
    }

    private record Run(List<Observation> observations, List<String> notices, long millis) {
    }

    private static Run run(IndicatorSet set, Document doc) {
        List<String> notices = new ArrayList<>();
        long start = System.nanoTime();
        List<Observation> found = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> RegexGuard.reportingTo(notices::add, () -> new Extractor(set).extract(doc)));
        return new Run(found, notices, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void nestedQuantifierOnALongRunIsStoppedAndTheRunFinishes() {
        // The loader refuses nested quantifiers outright; built by hand here to show that the run-time guard holds too.
        // The run stays under the 2,000 characters past which a sentence is cut into pieces (Segmenter
        // .MAX_SENTENCE_CHARS), so it stands whole in the figure's sentence; there (a+)+$ took only some 50 ms, and
        // (a+a+)+$ backtracks for ever.
        Indicator ind = indicator("(a+a+)+$");
        Run r = run(new IndicatorSet("hand-made", List.of(ind)), document(1_900));

        assertEquals(1, r.notices().size(), "reported once: " + r.notices());
        String notice = r.notices().get(0);
        assertTrue(notice.contains("indicator 'protest_bans'") && notice.contains("(a+a+)+$")
                && notice.contains("longer than 100 ms"), notice);
        assertTrue(RegexGuard.isStopped(ind.excludePatterns().get(0)));
        assertEquals(5, r.observations().size(), "every figure still read");
        // A hang guard, not a speed test: unguarded, the pattern runs for hours; a loaded machine may take seconds.
        assertTrue(r.millis() < 20_000, "stopped within ~100 ms, then skipped: took " + r.millis() + " ms");
    }

    @Test
    void aSlowPatternTheLoaderAcceptsIsStoppedAtRunTime() {
        IndicatorSet set = IndicatorLoader.parse("slow.yaml", """
                version: 1
                indicators:
                  - id: protest_bans
                    title: Protest bans
                    unit: protests
                    description: Protests banned.
                    nouns: [protests]
                    exclude_regex: ["(.*a){12}$"]
                    measures:
                      - id: banned
                        cues: [banned]
                """.getBytes(StandardCharsets.UTF_8));
        Run r = run(set, document(300));

        assertEquals(1, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().get(0).startsWith("yoy: warning: indicator 'protest_bans': exclude_regex '(.*a){12}$'"),
                r.notices().get(0));
        assertEquals(5, r.observations().size());
        assertTrue(r.millis() < 20_000, "took " + r.millis() + " ms"); // a hang guard, as above
    }

    @Test
    void anOrdinaryPatternStillExcludes() {
        Run r = run(new IndicatorSet("hand-made", List.of(indicator("a{3}b"))), document(10));
        assertEquals(List.of(), r.observations());
        assertEquals(List.of(), r.notices());
    }
}
