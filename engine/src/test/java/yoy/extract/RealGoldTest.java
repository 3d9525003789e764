package yoy.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.extract.RealSet.GoldRow;
import yoy.model.Observation;

/**
 * Extraction accuracy on the real development set, part by part (see {@code src/test/resources/real/README.md}).
 * Recall counts the core rows found with the right indicator, event year and value; precision counts the
 * figures that match any labelled row of their document. The scores go to {@code target/real-gold.txt}, one
 * line per indicator. Misses and false positives are listed there for the tuning part only: the test part's
 * are written to {@code target/real-gold-test-details.txt}, and reading that file to fix a miss moves the
 * document to the tuning part.
 *
 * <p>The floors in {@code floors.properties} ratchet: a part may lose at most one core figure found, and its
 * precision may fall at most by one figure (below {@code (correct - 1) / extracted} of the floor). When a change
 * does better, raise the floors to what the report says.
 */
class RealGoldTest {

    static final Path REPORT = Path.of("target/real-gold.txt");
    static final Path TEST_DETAILS = Path.of("target/real-gold-test-details.txt");

    /** Scores of one part, overall or for one indicator. */
    static final class Score {
        int core;
        int found;
        int qualifierRight;
        int extracted;
        int falsePositives;

        double recall() {
            return core == 0 ? Double.NaN : (double) found / core;
        }

        double precision() {
            return extracted == 0 ? Double.NaN : 1.0 - (double) falsePositives / extracted;
        }

        double qualifierAccuracy() {
            return found == 0 ? Double.NaN : (double) qualifierRight / found;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-36s core %3d  found %3d  recall %5.3f | extracted %3d  false pos %3d"
                    + "  precision %5.3f | qualifier %5.3f", name, core, found, recall(), extracted, falsePositives,
                    precision(), qualifierAccuracy());
        }
    }

    record PartResult(String part, Score total, Map<String, Score> byIndicator, List<String> misses,
            List<String> falsePositives, int documents) {
    }

    static PartResult score(String part) throws IOException {
        Map<String, String> split = RealSet.splitOf();
        List<GoldRow> gold = RealSet.gold().stream().filter(g -> part.equals(split.get(g.doc()))).toList();
        List<Observation> found = RealSet.extract(part);
        Score total = new Score();
        Map<String, Score> by = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (GoldRow g : gold) {
            if (!g.scored()) {
                continue;
            }
            Score s = by.computeIfAbsent(g.indicator(), k -> new Score());
            s.core++;
            total.core++;
            Observation hit = found.stream().filter(g::matches).filter(g::qualifierAgrees).findFirst()
                    .orElse(found.stream().filter(g::matches).findFirst().orElse(null));
            if (hit == null) {
                misses.add("miss  " + g + "  gold.csv:" + g.line() + "  \"" + g.quote() + "\"  (" + g.note() + ")");
                continue;
            }
            s.found++;
            total.found++;
            if (g.qualifierAgrees(hit)) {
                s.qualifierRight++;
                total.qualifierRight++;
            } else {
                misses.add("qualifier  " + g + " read as " + hit.interval().qualifier().code() + "  gold.csv:" + g.line());
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Observation o : found) {
            Score s = by.computeIfAbsent(o.indicator(), k -> new Score());
            s.extracted++;
            total.extracted++;
            if (gold.stream().noneMatch(g -> g.matches(o))) {
                s.falsePositives++;
                total.falsePositives++;
                wrong.add("false positive  " + o.doc() + " " + o.indicator() + "/" + o.measure() + " " + o.year() + " "
                        + o.interval() + "  \"" + o.source().quote().strip().replaceAll("\\s+", " ") + "\"");
            }
        }
        long documents = RealSet.sources().stream().filter(s -> s.split().equals(part)).count();
        return new PartResult(part, total, by, misses, wrong, (int) documents);
    }

    static Stream<String> parts() {
        return RealSet.PARTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parts")
    void scoresDoNotFallBelowTheFloors(String part) throws IOException {
        PartResult r = score(part);
        write(r);
        Properties floors = new Properties();
        try (Reader in = Files.newBufferedReader(RealSet.DIR.resolve("floors.properties"), StandardCharsets.UTF_8)) {
            floors.load(in);
        }
        int foundFloor = Integer.parseInt(floors.getProperty(part + ".found"));
        int correctFloor = Integer.parseInt(floors.getProperty(part + ".correct"));
        int extractedFloor = Integer.parseInt(floors.getProperty(part + ".extracted"));
        Score t = r.total();
        int correct = t.extracted - t.falsePositives;
        String summary = t.line(part) + String.format(Locale.ROOT, "  (floors: found %d, precision %d/%d)", foundFloor,
                correctFloor, extractedFloor);
        System.out.println("real development set: " + summary);
        assertTrue(t.found >= foundFloor - 1, "fewer core figures found than the floor allows: " + summary);
        // One figure of slack: the precision may not fall below the floor's with one correct figure less.
        assertTrue((long) correct * extractedFloor >= (long) (correctFloor - 1) * Math.max(t.extracted, 1),
                "precision below what the floor allows: " + summary);
    }

    /** Appends the part's table to the report; the test part's details go to their own file. */
    private static synchronized void write(PartResult r) throws IOException {
        Files.createDirectories(REPORT.getParent());
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(r.part()).append(" part: ").append(r.documents()).append(" documents ==\n");
        sb.append(r.total().line("all indicators")).append('\n');
        r.byIndicator().forEach((id, s) -> sb.append(s.line(id)).append('\n'));
        StringBuilder details = new StringBuilder();
        r.misses().forEach(m -> details.append(m).append('\n'));
        r.falsePositives().forEach(m -> details.append(m).append('\n'));
        if (r.part().equals("tune")) {
            sb.append(details);
        } else {
            sb.append("(misses and false positives: ").append(TEST_DETAILS)
                    .append("; reading them moves the documents to the tuning part)\n");
            Files.writeString(TEST_DETAILS, details.toString(), StandardCharsets.UTF_8);
        }
        sb.append('\n');
        String old = r.part().equals(RealSet.PARTS.get(0)) || !Files.exists(REPORT) ? ""
                : Files.readString(REPORT, StandardCharsets.UTF_8);
        Files.writeString(REPORT, old + sb, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parts")
    void partIsScoredOnEnoughDocuments(String part) throws IOException {
        long n = RealSet.sources().stream().filter(s -> s.split().equals(part)).count();
        assertTrue(n >= 25, part + " part holds only " + n + " documents");
    }
}
