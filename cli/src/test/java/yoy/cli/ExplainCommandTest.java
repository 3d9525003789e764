package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    private static final String REAL_INDICATORS = Path.of("..", "indicators.yaml").toString();

    @Test
    void showsFiguresWithMarkedNumberRuleAndDating() {
        Cli.Result r = Cli.run("-q", "explain", "protest_permits_denied", "--corpus", Cli.SEEDS.toString(),
                "--indicators", REAL_INDICATORS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("protest_permits_denied: Protest permits denied (protests)"), r.out());
        assertTrue(r.out().contains("Figures (1)"), r.out());
        assertTrue(r.out().contains("at least [[154]]"), r.out());
        assertTrue(r.out().contains("year: time in the figure's clause"), r.out());
        assertTrue(r.out().contains("Near misses ("), r.out());
        assertEquals("", r.err());
    }

    @Test
    void nearMissesGiveTheReason() {
        Cli.Result r = Cli.run("-q", "explain", "political_prisoners", "--corpus", Cli.SEEDS.toString(),
                "--indicators", REAL_INDICATORS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no topic word (political grounds, ...) within the paragraph\n"
                + "    \"In July, [[five]] people who had peacefully protested"), r.out());
        assertTrue(r.out().contains("noun: a noun of a kind it counts; topic: sentence"), r.out());
    }

    @Test
    void unknownIndicatorIsAUsageErrorListingTheKnownOnes() {
        Cli.Result r = Cli.run("explain", "no_such_thing", "--corpus", Cli.SEEDS.toString(),
                "--indicators", REAL_INDICATORS);
        assertEquals(2, r.code());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("unknown indicator 'no_such_thing'") && r.err().contains("political_prisoners"),
                r.err());
    }

    @Test
    void missingIndicatorArgumentIsAUsageError() {
        Cli.Result r = Cli.run("explain");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("INDICATOR"), r.err());
    }
}
