package yoy.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import yoy.series.IndicatorSeries;

/**
 * Renders every fixture for a human to look at. Off by default; run with
 * {@code mvn -B -o verify -pl charts -am -Dtest=PreviewTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dyoy.charts.preview=/tmp/charts-preview}.
 */
@EnabledIfSystemProperty(named = "yoy.charts.preview", matches = ".+")
class PreviewTest {

    @Test
    void renderFixtures() throws IOException {
        Path dir = Path.of(System.getProperty("yoy.charts.preview"));
        Files.createDirectories(dir);
        Map<String, IndicatorSeries> all = new LinkedHashMap<>();
        all.put("mixed", Fixtures.mixed());
        all.put("two-measures", Fixtures.twoMeasures());
        all.put("all-missing", Fixtures.allMissing());
        all.put("single-point", Fixtures.singlePoint());
        all.put("long-span", Fixtures.longSpan());
        all.put("one-year", Fixtures.oneYear());
        all.put("many-measures", Fixtures.manyMeasures());
        all.put("trending", Fixtures.trending());
        all.put("same-period", Fixtures.samePeriod());
        for (Map.Entry<String, IndicatorSeries> e : all.entrySet()) {
            ChartRenderer.writePng(e.getValue(), dir.resolve(e.getKey() + ".png"), 1);
            ChartRenderer.writePng(e.getValue(), dir.resolve(e.getKey() + "@2x.png"), 2);
            ChartRenderer.writeSvg(e.getValue(), dir.resolve(e.getKey() + ".svg"));
            YoyChartRenderer.writePng(e.getValue(), dir.resolve(e.getKey() + "-yoy.png"), 1);
        }
    }
}
