package yoy.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.model.SourceSpan;
import yoy.output.OutputDir;
import yoy.pipeline.RunResult;
import yoy.series.IndicatorSeries;
import yoy.series.SeriesBuilder;
import yoy.series.YearRange;

/** The artefacts of a report from a hand-made run (no corpus reading): complete, listed and reproducible. */
class ReportWriteTest {

    @TempDir
    Path tmp;

    private Path corpus;
    private Report.Settings settings;

    private RunResult run() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "In 2022, at least 219 protesters were killed.");
        Files.writeString(corpus.resolve("b.txt"), "In 2023, 13 people were detained.");
        IndicatorSet indicators = IndicatorLoader.load(Cli.indicators());
        DocumentMeta a = new DocumentMeta("a.txt", "A", "Amnesty International", "Kazakhstan", 2022, "", "", "");
        DocumentMeta b = new DocumentMeta("b.txt", "B", "Human Rights Watch", "Kazakhstan", 2023, "", "", "");
        String qa = "at least 219 protesters were killed";
        String qb = "13 people were detained";
        List<Observation> obs = List.of(
                new Observation("protest_deaths", "civilians", 2022, Interval.of(Qualifier.AT_LEAST, 219), Period.year(2022),
                        a.publisher(), new SourceSpan("a.txt", 9, 9 + qa.length(), qa), 18, 21, List.of("killed")),
                new Observation("protest_detentions", "detained", 2023, Interval.exact(13), Period.months(2023, 10, 10),
                        b.publisher(), new SourceSpan("b.txt", 9, 9 + qb.length(), qb), 9, 11, List.of("detained")));
        settings = new Report.Settings(corpus, Cli.indicators(), tmp.resolve("out"));
        return new RunResult(indicators, List.of(a, b), obs, YearRange.ALL);
    }

    private Path write(String name) throws IOException {
        RunResult run = run();
        List<IndicatorSeries> series = new SeriesBuilder(run.indicators()).build(run.documents(), run.observations());
        Path target = tmp.resolve(name);
        try (OutputDir out = OutputDir.stage(target, Report.MANIFEST, n -> { })) {
            Report.Summary s = Report.write(out, settings, run, series);
            assertEquals(2, s.observations());
            assertEquals(3, s.charts());
            out.commit();
        }
        return target;
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void theManifestListsInputsOutputsAndCountsWithoutAbsolutePaths() throws IOException {
        Path out = write("out");
        String text = Files.readString(out.resolve("manifest.json"));
        assertFalse(text.contains(tmp.toString()), text);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
        JsonNode m = new ObjectMapper().readTree(text);
        assertEquals("yoy", m.at("/tool/name").asText());
        assertEquals(Version.version(), m.at("/tool/version").asText());
        assertEquals("corpus", m.at("/options/corpus").asText(), "outside the working folder: name only");
        List<String> inputs = new ArrayList<>();
        m.get("inputs").forEach(e -> inputs.add(e.get("path").asText()));
        assertEquals(List.of("corpus/a.txt", "corpus/b.txt", "target/test-classes/fixtures/indicators.yaml"), inputs);
        List<String> outputs = new ArrayList<>();
        m.get("outputs").forEach(e -> outputs.add(e.get("path").asText()));
        List<String> written = new ArrayList<>(files(out));
        written.remove("manifest.json");
        assertEquals(written, outputs, "every file but the manifest itself");
        assertEquals(2, m.at("/counts/observations").asInt());
        assertEquals(2, m.at("/counts/documents").asInt());
        assertEquals(3, m.at("/counts/charts").asInt());
        assertEquals(8, m.at("/counts/series_rows").asInt(), "2 years x 4 measures");
        assertEquals(2, m.at("/counts/years_reported").asInt());
        assertEquals(6, m.at("/counts/years_not_reported").asInt());
        assertEquals(0, m.at("/counts/years_no_report").asInt());
    }

    @Test
    void theSeriesTableFlagsThePartialYear() throws IOException {
        Path out = write("out");
        List<String> rows = Files.readAllLines(out.resolve("series.csv"));
        assertTrue(rows.contains("protest_detentions,detained,2023,reported,13,13,13,exact,2023-10,2023-10,true,false,1,Human Rights Watch"),
                String.join("\n", rows));
        assertTrue(rows.contains("protest_deaths,civilians,2022,reported,219,219,,at_least,2022-01,2022-12,false,false,1,Amnesty International"),
                String.join("\n", rows));
    }

    @Test
    void writingTwiceGivesByteIdenticalFiles() throws IOException {
        Path a = write("a");
        Path b = write("b");
        List<String> files = files(a);
        assertEquals(files, files(b));
        for (String f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }
}
