package yoy.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.model.DocumentMeta;

/** The seed corpus of the repository (Maven runs tests from the module folder, so it is at ../seeds). */
class SeedsCorpusTest {

    static final Path SEEDS = Path.of("..", "seeds");

    @Test
    void readsTheFiveSeedsWithTheManifestYears() {
        List<String> notices = new ArrayList<>();
        CorpusReader reader = new CorpusReader(SEEDS, notices::add);
        List<DocumentMeta> docs = reader.documents();
        assertEquals(List.of("000_687d4bfadda7c27b.txt", "001_779033045d448319.txt", "002_dc4f2512e1d320e1.txt",
                "003_c5f1b9d40414082f.txt", "004_4bef5a0b70577191.txt"), docs.stream().map(DocumentMeta::file).toList());
        assertEquals(List.of(2023, 2022, 2024, 2023, 2016), docs.stream().map(DocumentMeta::coverageYear).toList());
        assertEquals(List.of("Amnesty International", "Amnesty International", "Human Rights Watch",
                "Country profile (publisher not stated)", "Human Rights Watch"),
                docs.stream().map(DocumentMeta::publisher).toList());
        assertTrue(docs.stream().allMatch(d -> d.country().equals("Kazakhstan") && d.inferred().isEmpty()
                && d.sha256().length() == 64));
        assertEquals(List.of(), notices);
        for (DocumentMeta d : docs) {
            assertTrue(reader.read(d).text().length() > 5000, d.file());
        }
        assertEquals(List.of(), CorpusCheck.check(SEEDS));
    }

    @Test
    void withoutTheManifestTheSameYearsAreInferred(@TempDir Path tmp) throws IOException {
        try (var files = Files.list(SEEDS)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, tmp.resolve(p.getFileName()));
            }
        }
        List<String> notices = new ArrayList<>();
        List<DocumentMeta> docs = new CorpusReader(tmp, notices::add).documents();
        assertEquals(List.of(2023, 2022, 2024, 2023, 2016), docs.stream().map(DocumentMeta::coverageYear).toList());
        assertEquals(5, notices.size());
        assertEquals(tmp.resolve("004_4bef5a0b70577191.txt") + ": no manifest entry; inferred coverage_year 2016 from "
                + "\"World Report 2017\" and \"Events of 2016\", publisher \"Human Rights Watch\", "
                + "title \"World Report 2017: Kazakhstan\", country \"Kazakhstan\"", notices.get(4));
        assertEquals(tmp.resolve("000_687d4bfadda7c27b.txt") + ": no manifest entry; inferred coverage_year 2023 from "
                + "title line \"Kazakhstan 2023\", publisher \"Amnesty International\", title \"Kazakhstan 2023\", "
                + "country \"Kazakhstan\"", notices.get(0));
    }
}
