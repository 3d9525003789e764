package yoy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.model.Observation;

/** Extraction on the seed reports against the hand-labelled gold file. */
class GoldTest {

    static final Set<String> HEADLINE = Set.of("protest_permits_denied", "extremism_prosecutions", "domestic_killings",
            "political_prisoners");

    private static List<Observation> extracted;

    @BeforeAll
    static void extract() {
        extracted = SeedCorpus.extractAll();
    }

    record GoldRow(String doc, String indicator, String measure, Double value, Double low, Double high, String qualifier,
            int year, String period, boolean core, String note) {

        boolean matches(Observation o) {
            return o.doc().equals(doc) && o.indicator().equals(indicator) && o.year() == year
                    && same(value, o.interval().value()) && same(low, o.interval().low())
                    && same(high, o.interval().high());
        }

        boolean matchesWithQualifier(Observation o) {
            return matches(o) && o.interval().qualifier().code().equals(qualifier);
        }

        @Override
        public String toString() {
            return doc.substring(0, 3) + " " + indicator + " " + year + " " + (value != null ? value : low + ".." + high)
                    + " " + qualifier;
        }
    }

    static List<GoldRow> gold() throws IOException {
        List<List<String>> lines = yoy.tables.CsvReader.rows("seeds-gold.csv",
                Files.readString(Path.of("src/test/resources/gold/seeds-gold.csv"), StandardCharsets.UTF_8));
        List<GoldRow> rows = new ArrayList<>();
        for (List<String> c : lines.subList(1, lines.size())) {
            rows.add(new GoldRow(c.get(0), c.get(1), c.get(2), num(c.get(3)), num(c.get(4)), num(c.get(5)), c.get(6),
                    Integer.parseInt(c.get(7)), c.get(8), c.get(9).equals("yes"), c.get(11)));
        }
        return rows;
    }

    static Stream<GoldRow> coreRows() throws IOException {
        return gold().stream().filter(r -> r.core() && !r.indicator().equals("other"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("coreRows")
    void everyCoreRowIsExtracted(GoldRow row) {
        assertTrue(extracted.stream().anyMatch(row::matchesWithQualifier),
                "missing " + row + " (" + row.note() + ")");
    }

    @Test
    void headlineIndicatorsHaveNoFalsePositives() throws IOException {
        List<GoldRow> gold = gold();
        List<String> extra = extracted.stream().filter(o -> HEADLINE.contains(o.indicator()))
                .filter(o -> gold.stream().noneMatch(g -> g.matches(o)))
                .map(o -> o.doc() + " " + o.indicator() + " " + o.year() + " " + o.interval()).toList();
        assertEquals(List.of(), extra);
    }

    @Test
    void precisionIsAtLeastNinetyFivePercent() throws IOException {
        List<GoldRow> gold = gold();
        List<Observation> wrong = extracted.stream().filter(o -> gold.stream().noneMatch(g -> g.matches(o))).toList();
        double precision = 1.0 - (double) wrong.size() / extracted.size();
        assertTrue(precision >= 0.95, "precision " + precision + "; not in gold: " + wrong);
    }

    private static Double num(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    private static boolean same(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;
    }
}
