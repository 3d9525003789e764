package yoy.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import yoy.model.Interval;
import yoy.model.Period;
import yoy.model.Qualifier;
import yoy.series.IndicatorSeries;
import yoy.series.MeasureSeries;
import yoy.series.SeriesPoint;
import yoy.series.YearStatus;

class TrendsCsvTest {

    private static SeriesPoint exact(int year, double v) {
        return new SeriesPoint(year, YearStatus.REPORTED, Interval.exact(v), Period.year(year), List.of("p"), 1);
    }

    @Test
    void writesOneRowPerMeasureWithEmptyCellsForStatisticsNotComputed() throws IOException {
        MeasureSeries rising = new MeasureSeries("killed", "killed", List.of(
                exact(2017, 0.000001), exact(2018, 2), SeriesPoint.missing(2019, YearStatus.NO_REPORT), exact(2020, 3),
                new SeriesPoint(2021, YearStatus.CONFLICT, Interval.exact(5), Period.year(2021), List.of("p"), 2)));
        MeasureSeries sparse = new MeasureSeries("held", "held", List.of(
                new SeriesPoint(2017, YearStatus.REPORTED, Interval.of(Qualifier.AT_LEAST, 10), Period.year(2017), List.of(), 1),
                exact(2018, 12), SeriesPoint.missing(2019, YearStatus.NOT_REPORTED), exact(2020, 15),
                new SeriesPoint(2021, YearStatus.REPORTED, Interval.exact(4), Period.months(2021, 1, 3), List.of(), 1)));
        IndicatorSeries s = new IndicatorSeries("deaths", "Deaths", "people", "", 2017, 2021, 0, List.of(rising, sparse));
        StringWriter w = new StringWriter();
        assertEquals(2, TrendsCsv.write(w, List.of(s)));
        List<String> lines = w.toString().lines().toList();
        assertEquals(String.join(",", TrendsCsv.HEADER), lines.get(0));
        assertEquals("deaths,killed,4,2017 2018 2020 2021,1.1,0.18727,2.01273,0.930769,6,1,0.0833333333,"
                + "1.125,0.5,2,46.28708,\"mk_p exact; conflicting reports, policy's figure used: 2021\"", lines.get(1));
        assertEquals("deaths,held,2,2018 2020,,,,,,,,,,,,\"insufficient data: 2 point figures, a trend needs 3; "
                + "bounds left out: 2017; part-year figures left out: 2021; no CAGR: the first figure is a bound\"",
                lines.get(2));
        assertFalse(w.toString().contains("E-"), "no scientific notation");
    }
}
