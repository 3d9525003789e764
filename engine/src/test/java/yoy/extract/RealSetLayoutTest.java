package yoy.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import yoy.extract.RealSet.GoldRow;
import yoy.extract.RealSet.Source;

/** The real development set is what its README says: sources, folders, gold and split agree. */
class RealSetLayoutTest {

    @Test
    void everyTextIsInTheFolderOfItsSplitAndNowhereElse() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Source s : RealSet.sources()) {
            expected.add(s.split() + "/" + s.file());
        }
        Set<String> actual = new TreeSet<>();
        for (String part : RealSet.PARTS) {
            try (Stream<Path> files = Files.list(RealSet.DIR.resolve(part))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                        .forEach(n -> actual.add(part + "/" + n));
            }
        }
        assertEquals(expected, actual, "run scripts/real-set.py after editing sources.csv");
    }

    @Test
    void manifestsAreWrittenFromSources() throws IOException {
        for (String part : RealSet.PARTS) {
            String manifest = Files.readString(RealSet.DIR.resolve(part).resolve("manifest.yaml"));
            for (Source s : RealSet.sources()) {
                assertEquals(s.split().equals(part), manifest.contains("  - file: " + s.file() + "\n"),
                        s.file() + " in " + part + "/manifest.yaml; run scripts/real-set.py");
            }
        }
    }

    @Test
    void noPublisherIsInBothParts() throws IOException {
        Map<String, Set<String>> parts = new TreeMap<>();
        for (Source s : RealSet.sources()) {
            parts.computeIfAbsent(s.publisher(), k -> new TreeSet<>()).add(s.split());
        }
        List<String> both = new ArrayList<>();
        parts.forEach((publisher, in) -> {
            if (in.size() > 1) {
                both.add(publisher);
            }
        });
        assertEquals(List.of(), both);
    }

    @Test
    void everyGoldRowNamesAKnownDocumentAndEveryDocumentHasGold() throws IOException {
        Set<String> docs = RealSet.splitOf().keySet();
        Set<String> labelled = new TreeSet<>();
        for (GoldRow g : RealSet.gold()) {
            assertTrue(docs.contains(g.doc()), "gold.csv:" + g.line() + ": unknown document " + g.doc());
            labelled.add(g.doc());
        }
        assertEquals(new TreeSet<>(docs), labelled, "documents without gold rows");
    }

    @Test
    void goldUsesTheLabellingStandard() throws IOException {
        Set<String> indicators = new TreeSet<>();
        SeedCorpus.indicators().indicators().forEach(i -> indicators.add(i.id()));
        indicators.add("other");
        Set<String> qualifiers = Set.of("exact", "at_least", "more_than", "about", "up_to", "at_most", "fewer_than",
                "vague", "range");
        for (GoldRow g : RealSet.gold()) {
            assertTrue(indicators.containsAll(g.indicators()), "gold.csv:" + g.line() + ": indicator " + g.indicators());
            assertTrue(qualifiers.contains(g.qualifier()), "gold.csv:" + g.line() + ": qualifier " + g.qualifier());
            // Only a non-core vague row ("many others") may go without bounds: nothing scores it.
            assertTrue(g.value() != null || g.low() != null || g.high() != null || (!g.core() && g.qualifier().equals("vague")),
                    "gold.csv:" + g.line() + ": no number");
        }
    }
}
