package yoy.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import yoy.corpus.Document;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Observation;

/** The seed reports and the real indicators.yaml, for tests (Maven runs tests from the module folder). */
final class SeedCorpus {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, Integer> YEARS = Map.of("000_687d4bfadda7c27b.txt", 2023,
            "001_779033045d448319.txt", 2022, "002_dc4f2512e1d320e1.txt", 2024, "003_c5f1b9d40414082f.txt", 2023,
            "004_4bef5a0b70577191.txt", 2016);

    private SeedCorpus() {
    }

    static IndicatorSet indicators() {
        return IndicatorLoader.load(ROOT.resolve("indicators.yaml"));
    }

    static List<Document> documents() {
        List<Document> out = new ArrayList<>();
        YEARS.keySet().stream().sorted().forEach(f -> {
            try {
                String text = Files.readString(ROOT.resolve("seeds").resolve(f), StandardCharsets.UTF_8);
                out.add(new Document(new DocumentMeta(f, f, "publisher", "country", YEARS.get(f), null, null, null), text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    static List<Observation> extractAll() {
        Extractor x = new Extractor(indicators());
        List<Observation> all = new ArrayList<>();
        for (Document d : documents()) {
            all.addAll(x.extract(d));
        }
        return all;
    }
}
