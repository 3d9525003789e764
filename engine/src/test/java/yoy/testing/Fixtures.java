package yoy.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import yoy.indicators.IndicatorLoader;
import yoy.indicators.IndicatorSet;
import yoy.model.DocumentMeta;
import yoy.model.Interval;
import yoy.model.Observation;
import yoy.model.Period;
import yoy.model.SourceSpan;

/** Hand-made indicators, documents and observations for tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixture indicator file: protest_deaths (max), protest_detentions (latest_report), convictions (min). */
    public static IndicatorSet indicators() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/indicators.yaml")) {
            return IndicatorLoader.parse("fixtures/indicators.yaml", in.readAllBytes());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public static DocumentMeta doc(String file, int coverageYear) {
        return doc(file, coverageYear, "Publisher", "Kazakhstan");
    }

    public static DocumentMeta doc(String file, int coverageYear, String publisher, String country) {
        return new DocumentMeta(file, "Report " + coverageYear, publisher, country, coverageYear, "", "", "");
    }

    public static Observation obs(String indicator, String measure, int year, Interval interval, DocumentMeta doc) {
        return obs(indicator, measure, year, interval, Period.year(year), doc, 0);
    }

    public static Observation obs(String indicator, String measure, int year, Interval interval, Period period,
                                  DocumentMeta doc, int offset) {
        String quote = "quote at " + offset + " about " + indicator;
        SourceSpan span = new SourceSpan(doc.file(), offset, offset + quote.length(), quote);
        return new Observation(indicator, measure, year, interval, period, doc.publisher(), span, offset, offset + 1,
                List.of("cue"));
    }
}
