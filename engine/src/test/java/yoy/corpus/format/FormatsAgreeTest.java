package yoy.corpus.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import yoy.corpus.CorpusReader;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.Observation;
import yoy.pipeline.Pipeline;
import yoy.pipeline.RunFilter;

/**
 * Each seed report, turned into a web page and that page printed to PDF by Chromium (the way its readers get it,
 * see scripts/make-format-fixtures.py), gives the same figures as its {@code .txt}: the same indicator, measure,
 * year, bounds, qualifier, period and quote, apart from the offsets and the location. A PDF's quote may differ
 * in its spaces only (a line end inside a sentence).
 */
class FormatsAgreeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path FORMATS = Path.of("src/test/resources/formats");
    private static final IndicatorSet INDICATORS = IndicatorLoader.load(ROOT.resolve("indicators.yaml"));

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("seeds-html", ".html"), Arguments.of("seeds-pdf", ".pdf"));
    }

    private static List<String> figures(Path corpus, String extension) {
        List<String> out = new ArrayList<>();
        for (Observation o : new Pipeline(INDICATORS, RunFilter.all(), 1).run(new CorpusReader(corpus, n -> { }))
                .observations()) {
            String doc = o.doc().substring(0, o.doc().length() - extension.length());
            out.add(String.join("|", doc, o.indicator(), o.measure(), Integer.toString(o.year()), o.interval().toString(),
                    o.period().toString(), o.source().quote().replaceAll("\\s+", " ").strip()));
        }
        out.sort(null);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void sameFiguresAsThePlainText(String folder, String extension) {
        List<String> expected = figures(ROOT.resolve("seeds"), ".txt");
        List<String> got = figures(FORMATS.resolve(folder), extension);
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), String.format(Locale.ROOT,
                "%s: %d of %d figures missing, %d extra%nmissing:%n  %s%nextra:%n  %s", folder, missing.size(),
                expected.size(), extra.size(), String.join("\n  ", missing), String.join("\n  ", extra)));
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyFigureHasALocationInAPdfAndAHeadingInAPage(String folder, String extension) {
        List<Observation> obs = new Pipeline(INDICATORS, RunFilter.all(), 1)
                .run(new CorpusReader(FORMATS.resolve(folder), n -> { })).observations();
        assertFalse(obs.isEmpty());
        for (Observation o : obs) {
            if (extension.equals(".pdf")) {
                assertTrue(o.source().location().matches("p\\. \\d+"), o.source().location());
            } else {
                assertFalse(o.source().location().isBlank(), "a page's figure stands under its title at least: " + o);
            }
        }
    }
}
