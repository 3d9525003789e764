package yoy.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static yoy.testing.Fixtures.doc;
import static yoy.testing.Fixtures.obs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import yoy.corpus.Document;
import yoy.error.ExitCode;
import yoy.error.YoyException;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.series.YearRange;
import yoy.testing.Fixtures;

class PipelineTest {

    private static final IndicatorSet INDICATORS = Fixtures.indicators();
    private static final DocumentMeta A = doc("a.txt", 2022);
    private static final DocumentMeta B = doc("b.txt", 2023);

    private final List<String> calls = new ArrayList<>();

    private DocumentSource source() {
        return new DocumentSource() {
            @Override
            public List<DocumentMeta> documents() {
                return List.of(A, B);
            }

            @Override
            public Document read(DocumentMeta meta) {
                calls.add("read " + meta.file());
                return new Document(meta, "text of " + meta.file());
            }
        };
    }

    /** Observations in a scrambled order, as an extractor might list them. */
    private final Map<String, List<Observation>> found = Map.of(
            "a.txt", List.of(
                    obs("protest_detentions", "detained", 2022, Interval.exact(3), Period.year(2022), A, 50),
                    obs("protest_deaths", "law_enforcement", 2022, Interval.exact(19), Period.year(2022), A, 10),
                    obs("protest_deaths", "civilians", 2022, Interval.exact(219), Period.year(2022), A, 10),
                    obs("protest_deaths", "civilians", 2021, Interval.exact(2), Period.year(2021), A, 10)),
            "b.txt", List.of(
                    obs("convictions", "convicted", 2023, Interval.exact(5), Period.year(2023), B, 0)));

    private List<Observation> extract(Document d) {
        calls.add("extract " + d.file());
        return found.get(d.file());
    }

    private static String describe(Observation o) {
        return o.doc() + "@" + o.source().start() + " " + o.indicator() + "." + o.measure() + " " + o.year();
    }

    @Test
    void readsOneDocumentAtATimeAndSortsObservations() {
        RunResult run = new Pipeline(INDICATORS, RunFilter.all(), this::extract).run(source());
        assertEquals(List.of("read a.txt", "extract a.txt", "read b.txt", "extract b.txt"), calls);
        assertEquals(List.of(
                "a.txt@10 protest_deaths.civilians 2021",
                "a.txt@10 protest_deaths.civilians 2022",
                "a.txt@10 protest_deaths.law_enforcement 2022",
                "a.txt@50 protest_detentions.detained 2022",
                "b.txt@0 convictions.convicted 2023"), run.observations().stream().map(PipelineTest::describe).toList());
        assertEquals(List.of(A, B), run.documents());
        assertEquals(INDICATORS, run.indicators());
    }

    @Test
    void filtersByIndicatorAndYear() {
        RunFilter filter = new RunFilter(Set.of("protest_deaths"), new YearRange(2022, 2022));
        RunResult run = new Pipeline(INDICATORS, filter, this::extract).run(source());
        assertEquals(List.of("a.txt@10 protest_deaths.civilians 2022", "a.txt@10 protest_deaths.law_enforcement 2022"),
                run.observations().stream().map(PipelineTest::describe).toList());
        assertEquals(List.of("protest_deaths"), run.indicators().ids());
        assertEquals(new YearRange(2022, 2022), run.years());
    }

    @Test
    void anUnknownIndicatorInTheFilterIsAUsageError() {
        YoyException e = assertThrows(YoyException.class,
                () -> new Pipeline(INDICATORS, new RunFilter(Set.of("nope"), YearRange.ALL), this::extract));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("unknown indicator 'nope'; defined in fixtures/indicators.yaml: protest_deaths, protest_detentions, convictions",
                e.getMessage());
    }
}
